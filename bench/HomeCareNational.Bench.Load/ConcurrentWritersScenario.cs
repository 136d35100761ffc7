namespace HomeCareNational.Bench.Load;

/// <summary>
/// Concurrent writers adding single designations (<c>addDesignation</c>) to one prefecture whose register is first
/// grown to <see cref="Institutions"/> designations (synthetic copies of its own, submitted as a whole).
/// </summary>
internal sealed class ConcurrentWritersScenario(GraphQLClient client, BenchTokens tokens, PrefectureRegister register, int writers, TimeSpan duration)
{
    /// <summary>Tokyo (東京都), the demo's largest register.</summary>
    public const string Prefecture = "13";

    /// <summary>The register size of the issue's measurement (3,124 institutions), rounded.</summary>
    public const int Institutions = 3000;

    public async Task RunAsync()
    {
        var year = SyntheticRegister.FiscalYear;
        var token = tokens.EditorOf(Prefecture);
        var grown = register.Institutions
            .Concat(Enumerable.Range(0, Math.Max(0, Institutions - register.Institutions.Length))
                .Select(i => SyntheticRegister.Copy(register.Institutions[i % register.Institutions.Length], $"G-{i:D5}")))
            .Select(institution => institution with { Review = null });
        await client.ExecuteAsync(token, RegisterInputs.SubmitDesignations, RegisterInputs.Variables(Prefecture, year, "institutions", RegisterInputs.Institutions(grown)));

        // Codes of this run's own, so a second run against the same store adds rather than collides.
        var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var template = register.Institutions[0];
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async writer =>
        {
            for (var sequence = 0; clock.Elapsed < duration; sequence++)
            {
                var added = SyntheticRegister.Copy(template, $"W{run}-{writer:D2}-{sequence:D5}");
                var call = Stopwatch.StartNew();
                await client.ExecuteAsync(token, RegisterInputs.AddDesignation,
                    RegisterInputs.Variables(Prefecture, year, "institution", RegisterInputs.Institution(added)));
                latencies.Add(call.Elapsed);
            }
        }));
        clock.Stop();

        ResultRow.Print($"{writers} concurrent writers of single-record edits on one {Institutions:N0}-institution prefecture",
            ResultRow.Number(latencies.Count / clock.Elapsed.TotalSeconds, "N1") + " edits/s, p99 " + ResultRow.Ms(latencies.Percentile(99)),
            "≥ 200 edits/s, p99 ≤ 250 ms",
            $"{latencies.Count} adds in {ResultRow.Number(clock.Elapsed.TotalSeconds, "N1")} s; p50 {ResultRow.Ms(latencies.Percentile(50))}");
    }
}
