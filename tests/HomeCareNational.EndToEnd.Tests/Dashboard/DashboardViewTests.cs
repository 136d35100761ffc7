using System.Text.Json.Nodes;
using HomeCareNational.Identity;
using static Microsoft.Playwright.Assertions;

namespace HomeCareNational.EndToEnd.Tests.Dashboard;

/// <summary>
/// Each view of the dashboard with the demo data, as a Ministry.Analyst: the figures on the page equal the API's for
/// the same persisted document, axe-core finds nothing serious, and the view's screenshot goes to docs/.
/// </summary>
[WritesRegisters(FiscalYear, WarnedPrefecture)]
[Collection(DashboardCollection.Name)]
public sealed class DashboardViewTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const int FiscalYear = 2024;

    /// <summary>鳥取県, given a warning by the board's test.</summary>
    private const string WarnedPrefecture = "31";

    private const string AddDesignationWithoutArea = """
        mutation { addDesignation(prefecture: "31", fiscalYear: 2024, institution: {
          institutionCode: "3199900001", name: "警告確認クリニック", kind: HOME_CARE_SUPPORT_CLINIC, municipalityCode: "31201",
          functions: [DAILY_CARE_SUPPORT], provides24Hours: true, designatedOn: "2024-06-01" }) { designations { total } } }
        """;

    /// <summary>The year of the demo's synthetic history.</summary>
    private const int HistoryYear = 2025;

    private DashboardSession session = null!;
    private HttpClient analyst = null!;

    public async Task InitializeAsync()
    {
        var token = fixture.TokenFor(AppRoles.MinistryAnalyst);
        session = await DashboardSession.OpenAsync(fixture, token);
        analyst = DashboardSession.ClientWith(fixture, token);
    }

    public async Task DisposeAsync()
    {
        analyst.Dispose();
        await session.DisposeAsync();
    }

    private IPage Page => session.Page;

    [Fact]
    public async Task The_national_view_shows_the_APIs_tiles_and_passes_axe()
    {
        var national = (await DashboardSession.QueryAsync(analyst, "dashboardNational", new { fiscalYear = FiscalYear }))["national"]!;

        await session.GoAsync($"#/national?fy={FiscalYear}");

        await Expect(Tile("total")).ToHaveTextAsync(DashboardSession.Count(Int(national, "designations", "total")));
        await Expect(Tile("clinical")).ToHaveTextAsync(DashboardSession.Count(Int(national, "designations", "clinical")));
        await Expect(Tile("nonClinical")).ToHaveTextAsync(DashboardSession.Count(Int(national, "designations", "nonClinical")));
        await Expect(Tile("nonClinicalShare")).ToHaveTextAsync(DashboardSession.Share(national["designations"]!["nonClinicalShare"]!.GetValue<double>()));
        await Expect(Tile("hubs")).ToHaveTextAsync(DashboardSession.Count(Int(national, "hubs", "total")));
        await Expect(Tile("areasWithoutActiveHub")).ToHaveTextAsync(DashboardSession.Count(national["areasWithoutActiveHub"]!.GetValue<int>()));
        await Expect(Tile("reviewRequired")).ToHaveTextAsync(DashboardSession.Count(Int(national, "review", "required")));
        await Expect(Tile("reviewOpen")).ToHaveTextAsync(DashboardSession.Count(Int(national, "review", "open")));
        await Expect(Tile("reviewCompleted")).ToHaveTextAsync(DashboardSession.Share(national["review"]!["completedShare"]!.GetValue<double>()));
        await Expect(Tile("prefecturesReporting")).ToHaveTextAsync($"{national["prefecturesReporting"]} / 47");
        await Expect(Page.Locator("h1")).ToContainTextAsync("令和6年度");
        await Expect(Page.Locator("#version-line")).ToContainTextAsync($"バージョン {national["version"]!.GetValue<long>():N0}");
        await ExpectSyntheticLabelAsync();
        await Expect(Page.Locator(".stream")).ToHaveTextAsync("● ライブ更新中");

        Assert.Empty(await session.SeriousAccessibilityViolationsAsync());
        await session.ScreenshotAsync("national");
    }

    [Fact]
    public async Task The_tile_map_shows_all_47_prefectures_with_the_APIs_values_and_opens_one()
    {
        var prefectures = (await DashboardSession.QueryAsync(analyst, "dashboardPrefectures", new { fiscalYear = FiscalYear }))["prefectures"]!.AsArray();

        await session.GoAsync($"#/map?fy={FiscalYear}&measure=nonClinicalShare");

        await Expect(Page.Locator(".tile-map a")).ToHaveCountAsync(47);
        foreach (var prefecture in prefectures)
        {
            var tile = Page.Locator($".tile-map a[data-code='{prefecture!["code"]}']");
            await Expect(tile).ToContainTextAsync(prefecture["nameJa"]!.GetValue<string>());
            await Expect(tile.Locator(".tile-value")).ToHaveTextAsync(DashboardSession.Share(prefecture["designations"]!["nonClinicalShare"]!.GetValue<double>()));
        }

        await ExpectSyntheticLabelAsync();
        Assert.Empty(await session.SeriousAccessibilityViolationsAsync());
        await session.ScreenshotAsync("map");

        await Page.SelectOptionAsync("#map-measure", "areasWithoutActiveHub");
        var okayama = prefectures.Single(p => p!["code"]!.GetValue<string>() == "33")!;
        await Expect(Page.Locator(".tile-map a[data-code='33'] .tile-value")).ToHaveTextAsync(DashboardSession.Count(okayama["areasWithoutActiveHub"]!.GetValue<int>()));
        await Page.ClickAsync(".tile-map a[data-code='33']");
        await Expect(Page.Locator("h1")).ToContainTextAsync("岡山県");
    }

    [Fact]
    public async Task The_trend_shows_the_review_over_the_year_as_a_chart_and_a_table()
    {
        await session.GoAsync($"#/trend?fy={FiscalYear}&level=region&code=chugoku");

        await Expect(Page.Locator("#trend-chart canvas")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#trend-table tbody tr")).ToHaveCountAsync(12);
        await Expect(Page.Locator("h1")).ToContainTextAsync("中国");
        await ExpectSyntheticLabelAsync();

        Assert.Empty(await session.SeriousAccessibilityViolationsAsync());
    }

    [Fact]
    public async Task The_trend_of_the_demo_history_shows_the_open_count_falling_over_FY2025_as_the_API_answers()
    {
        var trend = (await DashboardSession.QueryAsync(analyst, "dashboardTrendNational", new
        {
            fiscalYear = HistoryYear,
            from = "2025-04-01T00:00:00+09:00",
            to = "2026-03-31T23:59:59+09:00",
            points = 12,
        }))["national"]!["trend"]!.AsArray();
        var open = trend.Select(p => p!["reviewOpen"]!.GetValue<long>()).ToList();
        Assert.True(open[^1] < open[0] && open.Distinct().Count() >= 6, $"the demo history should make the open count fall: {string.Join(", ", open)}");

        await session.GoAsync($"#/trend?fy={HistoryYear}");

        await Expect(Page.Locator("h1")).ToContainTextAsync("令和7年度");
        await ExpectSyntheticLabelAsync();
        var rows = Page.Locator("#trend-table tbody tr");
        await Expect(rows).ToHaveCountAsync(12);
        for (var i = 0; i < open.Count; i++)
        {
            await Expect(rows.Nth(i).Locator("td").First).ToHaveTextAsync(DashboardSession.Count(open[i]));
            await Expect(rows.Nth(i).Locator("td").Nth(1)).ToHaveTextAsync(DashboardSession.Share(trend[i]!["designations"]!["nonClinicalShare"]!.GetValue<double>()));
        }

        Assert.Empty(await session.SeriousAccessibilityViolationsAsync());
        await session.ScreenshotAsync("trend");
    }

    [Fact]
    public async Task The_submission_board_has_the_APIs_round_and_row_for_every_prefecture_sorts_filters_and_downloads_them()
    {
        // The demo register has no warnings: a designation without an area gives 鳥取県 one, and changes its register
        // after the round accepted it.
        using (var editor = DashboardSession.ClientWith(fixture, fixture.TokenFor(AppRoles.PrefectureEditor, WarnedPrefecture)))
        {
            Assert.Empty((await editor.PostGraphQLAsync(AddDesignationWithoutArea)).Errors);
        }

        var board = await DashboardSession.QueryAsync(analyst, "dashboardSubmissionBoard", new { fiscalYear = FiscalYear });
        var prefectures = board["prefectures"]!.AsArray();
        var round = board["reportingRound"]!;
        var labels = round["counts"]!.AsArray().ToDictionary(c => c!["state"]!.GetValue<string>(), c => c!["labelJa"]!.GetValue<string>());
        var standing = round["prefectures"]!.AsArray().ToDictionary(p => p!["code"]!.GetValue<string>());

        await session.GoAsync($"#/board?fy={FiscalYear}");

        await Expect(Page.Locator("#submission-board tbody tr")).ToHaveCountAsync(47);
        // The demo's FY2024 round: deadline 2024-12-27, long past.
        await Expect(Page.Locator("[data-round=deadline]")).ToHaveTextAsync("令和6年12月27日");
        await Expect(Page.Locator("[data-round=daysToDeadline]")).ToHaveTextAsync($"{-round["daysToDeadline"]!.GetValue<int>():N0} 日経過");
        await Expect(Page.Locator("[data-round=status]")).ToHaveTextAsync(round["closed"]!.GetValue<bool>() ? "締切済" : "受付中");
        foreach (var count in round["counts"]!.AsArray())
        {
            await Expect(Page.Locator($".round-counts li[data-state={count!["state"]}]")).ToHaveTextAsync($"{count["labelJa"]} {DashboardSession.Count(count["count"]!.GetValue<int>())}");
        }

        foreach (var prefecture in prefectures)
        {
            var code = prefecture!["code"]!.GetValue<string>();
            var status = prefecture["register"]!["status"]!;
            var row = Page.Locator($"#submission-board tbody tr[data-code='{code}']");
            await Expect(row.Locator("[data-column=roundState]")).ToHaveTextAsync(labels[standing[code]!["state"]!.GetValue<string>()]);
            await Expect(row.Locator("[data-column=overdue]")).ToHaveTextAsync(standing[code]!["overdue"]!.GetValue<bool>() ? "期限超過" : "");
            await Expect(row.Locator("[data-column=complete]")).ToHaveTextAsync(status["isComplete"]!.GetValue<bool>() ? "完了" : "未完了");
            await Expect(row.Locator("[data-column=hubsWithoutReport]")).ToHaveTextAsync($"{status["hubsWithoutReport"]!.GetValue<int>():N0}");
            var warnings = status["warnings"]!.AsArray();
            await Expect(row.Locator("[data-column=warnings] li")).ToHaveCountAsync(warnings.Count);
            if (warnings.Count > 0)
            {
                await Expect(row.Locator("[data-column=warnings] summary")).ToHaveTextAsync($"{warnings.Count:N0}");
                await Expect(row.Locator("[data-column=warnings] li").First).ToContainTextAsync(warnings[0]!["subject"]!.GetValue<string>());
            }
            else
            {
                await Expect(row.Locator("[data-column=warnings]")).ToHaveTextAsync("0");
            }

            await Expect(row.Locator("[data-column=lastChangeBy]")).ToHaveTextAsync(prefecture["register"]!["lastChange"]!["by"]!["displayName"]!.GetValue<string>());
        }

        await ExpectSyntheticLabelAsync();
        Assert.Empty(await session.SeriousAccessibilityViolationsAsync());
        await session.ScreenshotAsync("board");

        // A row with warnings opens to their list.
        var warned = Page.Locator($"#submission-board tr[data-code='{WarnedPrefecture}'] [data-column=warnings]");
        await Expect(warned.Locator("li").First).Not.ToBeVisibleAsync();
        await warned.Locator("summary").ClickAsync();
        await Expect(warned.Locator("li").First).ToContainTextAsync("圏域のない指定：3199900001");

        var accepted = round["counts"]!.AsArray().Single(c => c!["state"]!.GetValue<string>() == "ACCEPTED")!["count"]!.GetValue<int>();
        await Page.SelectOptionAsync("#board-state", "ACCEPTED");
        await Expect(Page.Locator("#submission-board tbody tr")).ToHaveCountAsync(accepted);
        await Page.SelectOptionAsync("#board-state", "");
        await Page.SelectOptionAsync("#board-region", "chugoku");
        await Expect(Page.Locator("#submission-board tbody tr")).ToHaveCountAsync(5);
        await Page.ClickAsync("#submission-board th:has-text('警告') a");
        await Expect(Page.Locator("#submission-board th[aria-sort=ascending]")).ToContainTextAsync("警告");
        var csv = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("#board-csv"));
        var bytes = await File.ReadAllBytesAsync(await csv.PathAsync());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 5, lines.Length);
        Assert.Contains("\"報告の状態\",\"期限超過\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"警告の内容\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("圏域のない指定：3199900001", lines.Single(l => l.StartsWith($"\"{WarnedPrefecture}\"", StringComparison.Ordinal)), StringComparison.Ordinal);
        var xlsx = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("#board-xlsx"));
        Assert.Equal("submission-status-2024.xlsx", xlsx.SuggestedFilename);
    }

    [Fact]
    public async Task The_submission_board_says_so_when_the_year_has_no_reporting_round()
    {
        Assert.Null((await DashboardSession.QueryAsync(analyst, "dashboardSubmissionBoard", new { fiscalYear = HistoryYear }))["reportingRound"]);

        await session.GoAsync($"#/board?fy={HistoryYear}");

        await Expect(Page.Locator("#board-round")).ToHaveTextAsync("この年度の報告ラウンドはまだ開始されていません。");
        await Expect(Page.Locator("#submission-board tbody tr")).ToHaveCountAsync(47);
        await Expect(Page.Locator("#submission-board tbody tr[data-code='33'] [data-column=roundState]")).ToHaveTextAsync("");
    }

    [Fact]
    public async Task The_prefecture_page_shows_its_totals_by_kind_its_areas_and_the_designations_still_to_review()
    {
        // The demo concentrates non-clinical designations in a minority of prefectures: take the one with the most.
        var code = (await DashboardSession.QueryAsync(analyst, "dashboardPrefectures", new { fiscalYear = FiscalYear }))["prefectures"]!.AsArray()
            .MaxBy(p => p!["review"]!["required"]!.GetValue<int>())!["code"]!.GetValue<string>();
        var prefecture = (await DashboardSession.QueryAsync(analyst, "dashboardPrefecture", new { code, fiscalYear = FiscalYear }))["prefecture"]!;
        var detail = (await DashboardSession.QueryAsync(analyst, "dashboardPrefectureDetail", new { code, fiscalYear = FiscalYear, first = 20 }))["prefecture"]!["register"]!;

        await session.GoAsync($"#/prefecture/{code}?fy={FiscalYear}");

        await Expect(Page.Locator("h1")).ToContainTextAsync(prefecture["nameJa"]!.GetValue<string>());
        await Expect(Tile("total")).ToHaveTextAsync(DashboardSession.Count(Int(prefecture, "designations", "total")));
        await Expect(Page.Locator("#by-kind tbody tr")).ToHaveCountAsync(prefecture["designations"]!["byKind"]!.AsArray().Count);
        await Expect(Page.Locator("#hubs-by-status tbody tr")).ToHaveCountAsync(4);
        await Expect(Page.Locator("#areas tbody tr")).ToHaveCountAsync(detail["areas"]!["edges"]!.AsArray().Count);
        await Expect(Page.Locator("#review-list tbody tr")).ToHaveCountAsync(detail["institutions"]!["edges"]!.AsArray().Count);
        await Expect(Page.Locator("#review-list tbody tr").First).ToContainTextAsync(detail["institutions"]!["edges"]![0]!["node"]!["institutionCode"]!.GetValue<string>());

        await ExpectSyntheticLabelAsync();
        Assert.Empty(await session.SeriousAccessibilityViolationsAsync());
        await session.ScreenshotAsync("prefecture");

        await Page.ClickAsync("#review-next");
        await Expect(Page.Locator("#review-list tbody tr").First).Not.ToContainTextAsync(detail["institutions"]!["edges"]![0]!["node"]!["institutionCode"]!.GetValue<string>());
    }

    /// <summary>The demo data is loaded, so every view says it is synthetic.</summary>
    private async Task ExpectSyntheticLabelAsync() => await Expect(Page.Locator("#synthetic-label")).ToContainTextAsync("合成デモデータ");

    private ILocator Tile(string key) => Page.Locator($"[data-tile='{key}']");

    private static long Int(JsonNode node, string part, string field) => node[part]![field]!.GetValue<long>();
}
