using System.Threading.Channels;

namespace HomeCareNational.Bench.Load;

/// <summary>
/// From sending a single-record edit to the live-totals event (GraphQL over SSE, the <c>nationalTotalsLive</c>
/// document, a Dashboard.Reader's subscription) that carries its change. Sequential edits, so each event is the
/// edit's own; the time counts the mutation's own round trip, so it is an upper bound of "accepted → event".
/// scripts/bench.sh runs wrk's read load meanwhile.
/// </summary>
internal sealed class FreshnessScenario(GraphQLClient client, BenchTokens tokens, EditTargets targets, int edits)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);

    private readonly Channel<long> versions = Channel.CreateUnbounded<long>();

    public async Task RunAsync()
    {
        using var stop = new CancellationTokenSource();
        var subscription = GraphQLClient.Request(tokens.Reader,
            new JsonObject { ["documentId"] = "nationalTotalsLive", ["variables"] = new JsonObject { ["fiscalYear"] = SyntheticRegister.FiscalYear } },
            "text/event-stream");
        using var response = await client.Http.SendAsync(subscription, HttpCompletionOption.ResponseHeadersRead, stop.Token);
        response.EnsureSuccessStatusCode();
        var reading = ReadEventsAsync(await response.Content.ReadAsStreamAsync(stop.Token), stop.Token);

        var current = await NextVersionAsync();
        var latencies = new Latencies();
        for (var i = 0; i < edits; i++)
        {
            var (prefecture, edited) = targets.Edit(i, fromBack: true);
            var clock = Stopwatch.StartNew();
            await client.ExecuteAsync(tokens.EditorOf(prefecture), RegisterInputs.UpdateDesignation,
                RegisterInputs.Variables(prefecture, SyntheticRegister.FiscalYear, "institution", RegisterInputs.Institution(edited)));
            long seen;
            do
            {
                seen = await NextVersionAsync();
            }
            while (seen <= current);

            latencies.Add(clock.Elapsed);
            current = seen;
        }

        await stop.CancelAsync();
        await reading.ContinueWith(_ => { }, TaskScheduler.Default);
        ResultRow.Print("freshness: edit sent → live-totals SSE event, under wrk's read load", "p99 " + ResultRow.Ms(latencies.Percentile(99)),
            "p99 ≤ 250 ms", $"{latencies.Count} sequential edits over 47 prefectures; p50 {ResultRow.Ms(latencies.Percentile(50))}");
    }

    private async Task<long> NextVersionAsync()
    {
        using var timeout = new CancellationTokenSource(EventTimeout);
        return await versions.Reader.ReadAsync(timeout.Token);
    }

    private async Task ReadEventsAsync(Stream stream, CancellationToken cancellation)
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellation) is { } line)
        {
            const string data = "data:";
            if (line.StartsWith(data, StringComparison.Ordinal)
                && JsonNode.Parse(line[data.Length..])?["data"]?["nationalTotals"]?["version"] is JsonValue version)
            {
                await versions.Writer.WriteAsync(version.GetValue<long>(), cancellation);
            }
        }
    }
}
