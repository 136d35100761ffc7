using HomeCareNational.DemoData;
using HomeCareNational.Identity;
using static Microsoft.Playwright.Assertions;

namespace HomeCareNational.EndToEnd.Tests.Dashboard;

/// <summary>
/// The national and prefecture views follow the live totals: a designation added over HTTP shows on both open views
/// within a second, with no reload.
/// </summary>
[WritesRegisters(DemoRegister.FiscalYear, Prefecture)]
[Collection(DashboardCollection.Name)]
public sealed class DashboardLiveTests(BrowserFixture fixture)
{
    private const string Prefecture = "32";

    private const string AddDesignation = """
        mutation($code: String!) { addDesignation(prefecture: "32", fiscalYear: 2024, institution: {
          institutionCode: $code, name: "ライブ確認クリニック", kind: HOME_CARE_SUPPORT_CLINIC, municipalityCode: "32201",
          functions: [DAILY_CARE_SUPPORT], provides24Hours: true, designatedOn: "2024-06-01" }) { designations { total } } }
        """;

    [Fact]
    public async Task A_designation_added_over_HTTP_appears_on_the_open_national_and_prefecture_views_within_a_second()
    {
        var token = fixture.TokenFor(AppRoles.DashboardReader);
        await using var national = await DashboardSession.OpenAsync(fixture, token);
        await using var prefecture = await DashboardSession.OpenAsync(fixture, token);
        await national.GoAsync("#/national?fy=2024");
        await prefecture.GoAsync($"#/prefecture/{Prefecture}?fy=2024");
        foreach (var page in new[] { national.Page, prefecture.Page })
        {
            await Expect(page.Locator(".stream")).ToHaveTextAsync("● ライブ更新中");
            await page.EvaluateAsync("() => { window.notReloaded = true; }");
        }

        var nationalBefore = await TotalAsync(national.Page);
        var prefectureBefore = await TotalAsync(prefecture.Page);
        using var editor = DashboardSession.ClientWith(fixture, fixture.TokenFor(AppRoles.PrefectureEditor, Prefecture));
        var added = await editor.PostGraphQLAsync(AddDesignation, new { code = "3299900001" });
        Assert.Empty(added.Errors);

        var withinASecond = new LocatorAssertionsToHaveTextOptions { Timeout = 1000 };
        await Expect(national.Page.Locator("[data-tile=total]")).ToHaveTextAsync(DashboardSession.Count(nationalBefore + 1), withinASecond);
        await Expect(prefecture.Page.Locator("[data-tile=total]")).ToHaveTextAsync(DashboardSession.Count(prefectureBefore + 1), withinASecond);
        Assert.True(await national.Page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        Assert.True(await prefecture.Page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await Expect(national.Page.Locator("#live-announcer")).ToContainTextAsync("更新しました");
    }

    [Fact]
    public async Task When_the_stream_drops_the_view_says_so_and_reconnects()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, fixture.TokenFor(AppRoles.MinistryAnalyst));
        var page = session.Page;
        // The first stream is ended by "the server" at once, and reconnecting fails until the network is "back".
        var streams = 0;
        var networkBack = false;
        await page.RouteAsync("**/graphql", async route =>
        {
            if (route.Request.Headers.GetValueOrDefault("accept") != "text/event-stream" || networkBack)
            {
                await route.ContinueAsync();
            }
            else if (Interlocked.Increment(ref streams) == 1)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/event-stream", Body = "event: complete\ndata: \n\n" });
            }
            else
            {
                await route.AbortAsync("connectionreset");
            }
        });

        await session.GoAsync("#/national?fy=2024");

        await Expect(page.Locator(".stream")).ToHaveTextAsync("接続が切れました。再接続しています…");
        // The figures stay on the page while it reconnects.
        await Expect(page.Locator("[data-tile=total]")).ToContainTextAsync("件");
        networkBack = true;
        await Expect(page.Locator(".stream")).ToHaveTextAsync("● ライブ更新中", new LocatorAssertionsToHaveTextOptions { Timeout = 10_000 });
    }

    private static async Task<long> TotalAsync(IPage page) =>
        long.Parse((await page.Locator("[data-tile=total]").TextContentAsync())!.Replace(",", "", StringComparison.Ordinal).Replace(" 件", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);
}
