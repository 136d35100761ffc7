using System.Text.Json.Nodes;
using HomeCareNational.Host;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Api.Tests.DemoData;

/// <summary>
/// The demo's synthetic FY2025 history (HomeCare:DemoData:History), over HTTP after the service loaded it: the review
/// progresses over the year's months, at times spread over that year, and FY2024 stays the published figures.
/// </summary>
public sealed class DemoHistoryTests(DemoHistoryServiceFixture service) : IClassFixture<DemoHistoryServiceFixture>
{
    private const string YearStart = "2025-04-01T00:00:00+09:00";
    private const string YearEnd = "2026-03-31T23:59:59+09:00";

    [Fact]
    public async Task The_national_trend_of_FY2025_shows_the_open_count_falling_and_the_non_clinical_share_moving()
    {
        var response = await service.Analyst.PostGraphQLAsync(
            "query($from: DateTimeOffset!, $to: DateTimeOffset!) { national(fiscalYear: 2025) { trend(from: $from, to: $to, points: 12) { reviewOpen designations { nonClinicalShare } } } }",
            new { from = YearStart, to = YearEnd });

        Assert.Empty(response.Errors);
        var points = response.Data!["national"]!["trend"]!.AsArray();
        var open = points.Select(p => p!["reviewOpen"]!.GetValue<int>()).ToList();
        var share = points.Select(p => p!["designations"]!["nonClinicalShare"]!.GetValue<double>()).ToList();
        Assert.Equal(12, open.Count);
        // Never rising, falling over the year, and in several steps rather than all at once.
        Assert.All(open.Zip(open.Skip(1)), pair => Assert.True(pair.Second <= pair.First, $"open went up from {pair.First} to {pair.Second}: {string.Join(", ", open)}"));
        Assert.True(open.Distinct().Count() >= 6, $"the open count should fall in several steps: {string.Join(", ", open)}");
        Assert.True(share[^1] < share[0], $"the non-clinical share should fall: {string.Join(", ", share)}");
    }

    [Fact]
    public async Task Every_change_of_the_history_is_recorded_in_FY2025_by_the_demo_loader_through_the_reviews_own_mutations()
    {
        // The prefecture with the most non-clinical designations has the most history.
        var prefectures = await service.Analyst.PostGraphQLAsync("{ prefectures(fiscalYear: 2025) { code review { required } } }");
        var code = prefectures.Data!["prefectures"]!.AsArray().MaxBy(p => p!["review"]!["required"]!.GetValue<int>())!["code"]!.GetValue<string>();

        var response = await service.Analyst.PostGraphQLAsync(
            "query($code: String!) { prefecture(code: $code, fiscalYear: 2025) { revisions(first: 100) { edges { node { at operation by { displayName } } } } } }",
            new { code });

        Assert.Empty(response.Errors);
        var revisions = response.Data!["prefecture"]!["revisions"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.True(revisions.Count > 3, $"prefecture {code} should have a history, has {revisions.Count} revisions");
        Assert.Equal("openFiscalYear", revisions[0]["operation"]!.GetValue<string>());
        Assert.Equal(DateTimeOffset.Parse(YearStart), revisions[0]["at"]!.GetValue<DateTimeOffset>());
        Assert.All(revisions.Skip(1), r => Assert.Contains(r["operation"]!.GetValue<string>(), new[] { "recordDesignationReview", "addDesignation" }));
        Assert.All(revisions, r => Assert.Equal("demo-register-loader", r["by"]!["displayName"]!.GetValue<string>()));
        var times = revisions.Select(r => r["at"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.All(times, at => Assert.InRange(at, DateTimeOffset.Parse(YearStart), DateTimeOffset.Parse(YearEnd)));
        Assert.Equal(times.Order(), times);
        Assert.True(times[^1] - times[1] > TimeSpan.FromDays(180), $"the history should spread over the year: {times[1]} to {times[^1]}");
    }

    [Fact]
    public async Task FY2024_keeps_the_published_figures_and_FY2025_becomes_the_default_year()
    {
        var response = await service.Analyst.PostGraphQLAsync(
            "{ fy2024: national(fiscalYear: 2024) { designations { total nonClinical } } latest: national { fiscalYear { year } } }");

        Assert.Empty(response.Errors);
        Assert.Equal(11309, response.Data!["fy2024"]!["designations"]!["total"]!.GetValue<int>());
        Assert.Equal(2959, response.Data["fy2024"]!["designations"]!["nonClinical"]!.GetValue<int>());
        Assert.Equal(2025, response.Data["latest"]!["fiscalYear"]!["year"]!.GetValue<int>());
    }

    [Fact]
    public void The_history_without_the_demo_register_stops_the_service_naming_both_keys()
    {
        var error = Assert.Throws<OptionsValidationException>(() => HomeCareApp.Build(["--HomeCare:Storage:ConnectionString=UseDevelopmentStorage=true", "--HomeCare:DemoData:History=true", "--HomeCare:SeedDemoData=false"]));

        Assert.Contains("'HomeCare:DemoData:History' is true but 'HomeCare:SeedDemoData' is not", error.Message);
    }
}
