namespace HomeCareNational.Bench.Load;

/// <summary>Single-record edits (<c>updateDesignation</c>) one after another, round robin over the 47 prefectures.</summary>
internal sealed class SequentialEditsScenario(GraphQLClient client, BenchTokens tokens, EditTargets targets, int edits)
{
    public async Task RunAsync()
    {
        var latencies = new Latencies();
        for (var i = 0; i < edits; i++)
        {
            var (prefecture, edited) = targets.Edit(i, fromBack: false);
            var clock = Stopwatch.StartNew();
            await client.ExecuteAsync(tokens.EditorOf(prefecture), RegisterInputs.UpdateDesignation,
                RegisterInputs.Variables(prefecture, SyntheticRegister.FiscalYear, "institution", RegisterInputs.Institution(edited)));
            latencies.Add(clock.Elapsed);
        }

        ResultRow.Print($"{edits} single-record edits over 47 prefectures, sequential", "p99 " + ResultRow.Ms(latencies.Percentile(99)),
            "p99 ≤ 20 ms", $"p50 {ResultRow.Ms(latencies.Percentile(50))}");
    }
}
