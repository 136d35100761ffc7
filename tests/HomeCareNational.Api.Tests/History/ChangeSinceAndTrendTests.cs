using System.Text.Json.Nodes;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.History;

/// <summary>
/// Change since an instant and trends over time, on 佐賀's (41) register of the class's claim: first one clinic and one
/// pharmacy, then three pharmacies more. The region (九州・沖縄) and the nation are compared snapshot to
/// snapshot, as other tests write to them too.
/// </summary>
[WritesRegisters(Year, Prefecture)]
[Collection(ServiceCollection.Name)]
public sealed class ChangeSinceAndTrendTests(ServiceFixture service) : IAsyncLifetime
{
    private const string Prefecture = "41";
    private const int Year = 2049;
    private const string Municipality = "41201";

    private const string Snapshot = "designations { total clinical nonClinical } version asOf";

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static (DateTimeOffset Start, DateTimeOffset Between, DateTimeOffset End)? s_instants;

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    private HttpClient Editor => service.ClientFor(AppRoles.PrefectureEditor, Prefecture);

    private (DateTimeOffset Start, DateTimeOffset Between, DateTimeOffset End) Instants => s_instants!.Value;

    public Task InitializeAsync() => SubmitOnceAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Change_since_an_instant_is_the_current_totals_minus_those_in_force_then()
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            query ($since: DateTimeOffset!) {
              prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}) { changeSince(since: $since) { ...change } }
              region(code: "kyushu-okinawa", fiscalYear: {{Year}}) { {{Snapshot}} changeSince(since: $since) { ...change } }
              national(fiscalYear: {{Year}}) { {{Snapshot}} changeSince(since: $since) { ...change } }
              thenRegion: region(code: "kyushu-okinawa", fiscalYear: {{Year}}, asOf: $since) { {{Snapshot}} }
              thenNational: national(fiscalYear: {{Year}}, asOf: $since) { {{Snapshot}} }
            }
            fragment change on TotalsChange { fiscalYear { year } baseline { year } since version baselineVersion total clinical nonClinical reviewOpen hubs areas }
            """, new { since = Instants.Between });

        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        var data = response.Data!;
        var prefecture = data["prefecture"]!["changeSince"]!;
        Assert.Equal(Year, prefecture["fiscalYear"]!["year"]!.GetValue<int>());
        Assert.Equal(Year, prefecture["baseline"]!["year"]!.GetValue<int>());
        Assert.Equal(Instants.Between, prefecture["since"]!.GetValue<DateTimeOffset>());
        Assert.Equal((3, 0, 3, 3, 0, 0), Figures(prefecture));
        Assert.Equal(prefecture["baselineVersion"]!.GetValue<long>() + 1, prefecture["version"]!.GetValue<long>());

        foreach (var (level, then) in new[] { ("region", "thenRegion"), ("national", "thenNational") })
        {
            var change = data[level]!["changeSince"]!;
            var (now, before) = (data[level]!, data[then]!);
            Assert.Equal(now["version"]!.GetValue<long>(), change["version"]!.GetValue<long>());
            Assert.Equal(before["version"]!.GetValue<long>(), change["baselineVersion"]!.GetValue<long>());
            Assert.Equal(Count(now, "total") - Count(before, "total"), change["total"]!.GetValue<int>());
            Assert.Equal(Count(now, "nonClinical") - Count(before, "nonClinical"), change["nonClinical"]!.GetValue<int>());
            Assert.Equal(Count(now, "clinical") - Count(before, "clinical"), change["clinical"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Change_since_before_anything_was_submitted_is_the_whole_of_the_current_totals()
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            { prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}) { changeSince(since: "2001-01-01T00:00:00Z") { baselineVersion total clinical nonClinical reviewOpen areas } } }
            """);

        response.AssertData("""
            { "prefecture": { "changeSince": { "baselineVersion": 0, "total": 5, "clinical": 1, "nonClinical": 4, "reviewOpen": 4, "areas": 1 } } }
            """);
    }

    [Fact]
    public async Task A_trend_reads_the_totals_in_force_at_evenly_spaced_instants()
    {
        var (start, _, end) = Instants;
        var response = await Analyst.PostGraphQLAsync($$"""
            query ($from: DateTimeOffset!, $to: DateTimeOffset) {
              prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}) { trend(from: $from, to: $to, points: 5) { ...point } }
              national(fiscalYear: {{Year}}) { trend(from: $from, to: $to, points: 3) { ...point } }
              atStart: national(fiscalYear: {{Year}}, asOf: $from) { version asOf designations { total nonClinical } }
              atEnd: national(fiscalYear: {{Year}}, asOf: $to) { version asOf designations { total nonClinical } }
            }
            fragment point on TrendPoint { at version asOf designations { total nonClinical } reviewRequired reviewOpen reviewWithdrawn reviewReplacedByClinical reviewKept hubs areas }
            """, new { from = start, to = end });

        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        var points = response.Data!["prefecture"]!["trend"]!.AsArray();
        Assert.Equal(5, points.Count);
        var instants = points.Select(p => p!["at"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(start, instants[0]);
        Assert.Equal(end, instants[^1]);
        var step = (end - start).Ticks / 4;
        Assert.All(instants.Zip(instants.Skip(1)), pair => Assert.InRange((pair.Second - pair.First).Ticks, step - 1, step + 1));

        // At the start only the first register was in force: one clinic and one pharmacy whose review is open.
        var first = points[0]!;
        Assert.Equal((2, 1), (first["designations"]!["total"]!.GetValue<int>(), first["designations"]!["nonClinical"]!.GetValue<int>()));
        Assert.Equal((1, 1, 0, 0, 0), Review(first));
        var last = points[^1]!;
        Assert.Equal((5, 4), (last["designations"]!["total"]!.GetValue<int>(), last["designations"]!["nonClinical"]!.GetValue<int>()));
        Assert.Equal((4, 4, 0, 0, 0), Review(last));
        Assert.True(last["version"]!.GetValue<long>() > first["version"]!.GetValue<long>());
        Assert.All(points, p => Assert.True(p!["version"]!.GetValue<long>() >= first["version"]!.GetValue<long>()));

        var national = response.Data!["national"]!["trend"]!.AsArray();
        Assert.Equal(3, national.Count);
        foreach (var (point, snapshot) in new[] { (national[0]!, response.Data!["atStart"]!), (national[^1]!, response.Data!["atEnd"]!) })
        {
            Assert.Equal(snapshot["version"]!.ToJsonString(), point["version"]!.ToJsonString());
            Assert.Equal(snapshot["asOf"]!.ToJsonString(), point["asOf"]!.ToJsonString());
            Assert.Equal(snapshot["designations"]!.ToJsonString(), point["designations"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task A_trend_up_to_now_ends_at_the_current_totals()
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            query ($from: DateTimeOffset!) { prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}) { version trend(from: $from) { version } } }
            """, new { from = Instants.Start });

        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        var prefecture = response.Data!["prefecture"]!;
        var points = prefecture["trend"]!.AsArray();
        Assert.Equal(12, points.Count);
        Assert.Equal(prefecture["version"]!.GetValue<long>(), points[^1]!["version"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("trend(from: $instant, points: 1) { version }", "points")]
    [InlineData("trend(from: $instant, points: 101) { version }", "points")]
    [InlineData("trend(from: \"2021-01-01T00:00:00Z\", to: \"2020-01-01T00:00:00Z\") { version }", "from")]
    [InlineData("trend(from: \"2020-01-01T00:00:00Z\", to: $future) { version }", "to")]
    [InlineData("trend(from: $future) { version }", "from")]
    [InlineData("changeSince(since: $future) { total }", "since")]
    public async Task Trend_and_change_since_refuse_bad_arguments_naming_them(string field, string argument)
    {
        // Only the variables the field uses may be declared.
        var declared = string.Join(", ", new[] { "$instant", "$future" }.Where(field.Contains).Select(v => v + ": DateTimeOffset!"));
        var response = await Analyst.PostGraphQLAsync($$"""
            query{{(declared.Length > 0 ? $"({declared})" : "")}} { prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}) { {{field}} } }
            """, new { instant = Instants.Start, future = DateTimeOffset.UtcNow.AddHours(1) });

        var error = Assert.Single(response.Errors)!;
        Assert.Equal("VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(argument, error["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_trend_costs_its_points_in_the_complexity_limit()
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            { prefectures(fiscalYear: {{Year}}) { trend(from: "2025-01-01T00:00:00Z", points: 100) { version designations { total clinical nonClinical } } } }
            """);

        Assert.Equal(["COMPLEXITY"], response.ErrorCodes);
    }

    private static (int Total, int Clinical, int NonClinical, int ReviewOpen, int Hubs, int Areas) Figures(JsonNode change) =>
        (Int(change, "total"), Int(change, "clinical"), Int(change, "nonClinical"), Int(change, "reviewOpen"), Int(change, "hubs"), Int(change, "areas"));

    private static (int Required, int Open, int Withdrawn, int Replaced, int Kept) Review(JsonNode point) =>
        (Int(point, "reviewRequired"), Int(point, "reviewOpen"), Int(point, "reviewWithdrawn"), Int(point, "reviewReplacedByClinical"), Int(point, "reviewKept"));

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    private static int Count(JsonNode totals, string name) => totals["designations"]![name]!.GetValue<int>();

    private async Task SubmitOnceAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (s_instants is not null)
            {
                return;
            }

            await Editor.SubmitAreasAsync(Prefecture, Year, Municipality);
            var clinic = RegisterRequests.Institution("4100000001", "CLINIC", Municipality);
            await SubmitDesignationsAsync(clinic, Pharmacy(2));
            var start = DateTimeOffset.UtcNow;
            await Task.Delay(50);
            var between = DateTimeOffset.UtcNow;
            await SubmitDesignationsAsync(clinic, Pharmacy(2), Pharmacy(3), Pharmacy(4), Pharmacy(5));
            s_instants = (start, between, DateTimeOffset.UtcNow);
        }
        finally
        {
            Once.Release();
        }
    }

    private static object Pharmacy(int n) => RegisterRequests.Institution($"41000000{n:D2}", "PHARMACY", Municipality);

    private async Task SubmitDesignationsAsync(params object[] institutions)
    {
        var response = await Editor.PostGraphQLAsync(RegisterRequests.SubmitDesignations, new { prefecture = Prefecture, year = Year, institutions });
        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
    }
}
