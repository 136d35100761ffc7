using System.Diagnostics;
using System.Text.Json.Nodes;
using HomeCareNational.Api.Tests.Mutations;
using HomeCareNational.Identity;
using Xunit.Abstractions;

namespace HomeCareNational.Api.Tests.Cluster;

/// <summary>
/// A silo killed in a three-silo cluster under a steady stream of keyed edits: the others take over its grains,
/// and afterwards every acknowledged edit is in the register exactly once, keyed retries change nothing, and the
/// totals add up at every level.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FailoverTests(ClusterFixture cluster, ITestOutputHelper output)
{
    private const int Year = 2033;

    /// <summary>Prefectures in all eight regions, so the dead silo held some of the prefecture and region grains.</summary>
    private static readonly string[] Written = ["01", "04", "13", "15", "23", "27", "33", "37", "40", "46"];

    private static readonly TimeSpan Before = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(20);

    /// <summary>The bound: live subscribers hear again within 5 s of a silo's death, not after the 30 s renewal.</summary>
    private static readonly TimeSpan LiveTotalsBound = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_silo_killed_under_a_stream_of_keyed_edits_loses_nothing_and_applies_nothing_twice()
    {
        foreach (var prefecture in Written)
        {
            await cluster.ClientFor(0, AppRoles.PrefectureEditor, prefecture).SubmitAreasAsync(prefecture, Year, prefecture + "201");
        }

        var clock = Stopwatch.StartNew();
        var watches = await WatchLiveTotalsAsync(clock);
        var stream = new KeyedEditStream(cluster, Year, Written);
        using var stop = new CancellationTokenSource();
        var writing = stream.RunAsync(stop.Token);
        await Task.Delay(Before);
        stream.MarkKill();
        var killedAt = clock.Elapsed;
        cluster.Victim.Kill();
        var sinceKill = Stopwatch.StartNew();
        while (stream.RecoveredAfterKill.Count < Written.Length && sinceKill.Elapsed < RecoveryBound && !writing.IsCompleted)
        {
            await Task.Delay(100);
        }

        // The stream goes on until the live-totals bound has passed, so every watched level has changes to hear after
        // its subscription came back (a change made before that reaches subscribers only with the next one).
        var remaining = LiveTotalsBound - sinceKill.Elapsed;
        await Task.Delay(remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await writing;

        var recovered = stream.RecoveredAfterKill.OrderBy(r => r.Key).ToArray();
        output.WriteLine($"{stream.Acknowledged.Count} edits acknowledged, {stream.Retried.Count} sent again after a lost answer or a 503");
        output.WriteLine("kill → first acknowledged edit: " + string.Join(", ", recovered.Select(r => $"{r.Key} {r.Value.TotalSeconds:F1} s")));
        Assert.Equal(Written.Length, recovered.Length);
        var slowest = recovered.Max(r => r.Value);
        output.WriteLine($"kill → every prefecture writable again: {slowest.TotalSeconds:F1} s");
        Assert.True(slowest < RecoveryBound, $"A prefecture took {slowest.TotalSeconds:F1} s to take a write after the kill.");

        // Subscribers on a survivor keep receiving: the aggregates the dead silo held came back elsewhere, subscribed again.
        var silences = watches.Select(w => (w.Name, After: w.FirstEventAfter(killedAt))).ToArray();
        await Task.WhenAll(watches.Select(w => w.DisposeAsync().AsTask()));
        output.WriteLine("kill → first live-totals event on a survivor: " + string.Join(", ", silences.Select(s => $"{s.Name} {s.After?.TotalSeconds:F1} s")));
        Assert.All(silences, s => Assert.True(s.After < LiveTotalsBound, $"{s.Name}: no event within {LiveTotalsBound.TotalSeconds} s of the kill."));

        var analyst = cluster.ClientFor(0, AppRoles.MinistryAnalyst);
        var versions = new Dictionary<string, long>();
        foreach (var prefecture in Written)
        {
            var state = await StateAsync(analyst, prefecture);
            var keys = state.Revisions.Where(k => k is not null).GroupBy(k => k!).ToDictionary(g => g.Key, g => g.Count());
            foreach (var edit in stream.Acknowledged.Values.Where(e => e.Prefecture == prefecture))
            {
                Assert.True(keys.GetValueOrDefault(edit.Key) == 1, $"Edit {edit.Key} of {prefecture} is in the history {keys.GetValueOrDefault(edit.Key)} times.");
                Assert.Contains(edit.InstitutionCode, state.InstitutionCodes);
            }

            Assert.Equal(state.Revisions.Count - 1, state.InstitutionCodes.Count);
            versions[prefecture] = state.Version;
        }

        // Keyed retries of what was acknowledged, the ones that were retried during the failover first, apply nothing.
        var retries = stream.Acknowledged.Values.OrderByDescending(e => stream.Retried.Contains(e.Key)).Take(40);
        foreach (var edit in retries)
        {
            var again = await cluster.ClientFor(1, AppRoles.PrefectureEditor, edit.Prefecture)
                .MutateAsync("addDesignation", edit.Prefecture, Year, edit.Key, MutationArgument.Institution(edit.Institution));
            Assert.True(again.Errors.Count == 0 || again.Body.ToJsonString().Contains("is already in the register", StringComparison.Ordinal), again.Body.ToJsonString());
        }

        foreach (var prefecture in Written)
        {
            Assert.Equal(versions[prefecture], (await StateAsync(analyst, prefecture)).Version);
        }

        await AssertTotalsAddUpAsync(analyst, versions);
    }

    /// <summary>Live totals of the nation and of every region written to, watched on a host that stays up.</summary>
    private async Task<LiveTotalsWatch[]> WatchLiveTotalsAsync(Stopwatch clock)
    {
        var client = cluster.ClientFor(0, AppRoles.MinistryAnalyst);
        var regions = (await client.PostGraphQLAsync($$"""{ prefectures(fiscalYear: {{Year}}) { code region { code } } }"""))
            .Data!["prefectures"]!.AsArray()
            .Where(p => Written.Contains(p!["code"]!.GetValue<string>()))
            .Select(p => p!["region"]!["code"]!.GetValue<string>())
            .Distinct();
        return await Task.WhenAll([
            LiveTotalsWatch.StartAsync(client, "national", $$"""subscription { nationalTotals(fiscalYear: {{Year}}) { version } }""", clock),
            .. regions.Select(region => LiveTotalsWatch.StartAsync(
                client, region, $$"""subscription { regionTotals(code: "{{region}}", fiscalYear: {{Year}}) { version } }""", clock)),
        ]);
    }

    /// <summary>National = Σ regions = Σ prefectures = Σ the registers' designations; reports held up by the failover retry, so wait a little.</summary>
    private async Task AssertTotalsAddUpAsync(HttpClient analyst, IReadOnlyDictionary<string, long> versions)
    {
        var registers = 0;
        foreach (var prefecture in Written)
        {
            registers += (await StateAsync(analyst, prefecture)).InstitutionCodes.Count;
        }

        var wait = Stopwatch.StartNew();
        (int National, int Regions, int Prefectures) sums;
        do
        {
            var response = await analyst.PostGraphQLAsync($$"""
                { national(fiscalYear: {{Year}}) { designations { total } version }
                  regions(fiscalYear: {{Year}}) { designations { total } }
                  prefectures(fiscalYear: {{Year}}) { designations { total } } }
                """);
            Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
            sums = (
                Total(response.Data!["national"]),
                response.Data!["regions"]!.AsArray().Sum(Total),
                response.Data!["prefectures"]!.AsArray().Sum(Total));
            if (sums.National == registers && sums.Regions == registers && sums.Prefectures == registers)
            {
                break;
            }

            await Task.Delay(500);
        }
        while (wait.Elapsed < TimeSpan.FromSeconds(15));

        output.WriteLine($"designations: registers {registers}, prefectures {sums.Prefectures}, regions {sums.Regions}, national {sums.National} "
            + $"(consistent after {wait.Elapsed.TotalSeconds:F1} s; {versions.Values.Sum()} prefecture versions)");
        Assert.Equal((registers, registers, registers), sums);
    }

    private static int Total(JsonNode? totals) => totals?["designations"]?["total"]?.GetValue<int>() ?? 0;

    private static async Task<(long Version, List<string?> Revisions, HashSet<string> InstitutionCodes)> StateAsync(HttpClient analyst, string prefecture)
    {
        var revisions = new List<string?>();
        var codes = new HashSet<string>();
        long version = 0;
        string? revisionsAfter = null;
        string? institutionsAfter = null;
        bool more;
        do
        {
            var response = await analyst.PostGraphQLAsync("""
                query ($code: String!, $year: Int!, $revisionsAfter: String, $institutionsAfter: String) {
                  prefecture(code: $code, fiscalYear: $year) { version
                    revisions(first: 100, after: $revisionsAfter) { pageInfo { hasNextPage endCursor } items { idempotencyKey } }
                    register { institutions(first: 100, after: $institutionsAfter) { pageInfo { hasNextPage endCursor } items { institutionCode } } } } }
                """, new { code = prefecture, year = Year, revisionsAfter, institutionsAfter });
            Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
            var node = response.Data!["prefecture"]!;
            version = node["version"]!.GetValue<long>();
            var revisionPage = node["revisions"]!;
            var institutionPage = node["register"]!["institutions"]!;
            // Each list goes on after its own last item; a list already read to its end answers an empty page.
            revisions.AddRange(revisionPage["items"]!.AsArray().Select(i => i!["idempotencyKey"]?.GetValue<string>()));
            codes.UnionWith(institutionPage["items"]!.AsArray().Select(i => i!["institutionCode"]!.GetValue<string>()));
            var moreRevisions = revisionPage["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            var moreInstitutions = institutionPage["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            revisionsAfter = revisionPage["pageInfo"]!["endCursor"]?.GetValue<string>() ?? revisionsAfter;
            institutionsAfter = institutionPage["pageInfo"]!["endCursor"]?.GetValue<string>() ?? institutionsAfter;
            more = moreRevisions || moreInstitutions;
        }
        while (more);

        return (version, revisions, codes);
    }
}
