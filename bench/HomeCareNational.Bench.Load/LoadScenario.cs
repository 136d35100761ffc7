namespace HomeCareNational.Bench.Load;

/// <summary>
/// Loads the synthetic register at a scale into an empty service through the prefectures' own mutations (areas, then
/// hubs, then designations), four prefectures at a time as the Host's demo loader does, and times the whole load.
/// </summary>
internal sealed class LoadScenario(GraphQLClient client, BenchTokens tokens, int scale)
{
    private const int PrefecturesAtOnce = 4;

    public async Task RunAsync()
    {
        var registers = SyntheticRegister.Generate(scale);
        var designations = registers.Values.Sum(r => r.Institutions.Length);
        var hubs = registers.Values.Sum(r => r.Hubs.Length);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(registers, new ParallelOptions { MaxDegreeOfParallelism = PrefecturesAtOnce }, async (entry, cancellation) =>
        {
            var (code, register) = entry;
            var token = tokens.EditorOf(code);
            var year = SyntheticRegister.FiscalYear;
            await client.ExecuteAsync(token, RegisterInputs.SubmitAreas, RegisterInputs.Variables(code, year, "areas", RegisterInputs.Areas(register.Areas)), cancellation);
            await client.ExecuteAsync(token, RegisterInputs.SubmitHubs, RegisterInputs.Variables(code, year, "hubs", RegisterInputs.Hubs(register.Hubs)), cancellation);
            await client.ExecuteAsync(token, RegisterInputs.SubmitDesignations,
                RegisterInputs.Variables(code, year, "institutions", RegisterInputs.Institutions(register.Institutions)), cancellation);
        });
        clock.Stop();

        var label = scale == 1 ? "the demo register (1×)" : $"SYNTHETIC {scale}× register";
        ResultRow.Print($"load of {label}, 47 prefectures, empty store, through the mutations", ResultRow.Number(clock.Elapsed.TotalSeconds, "N2") + " s",
            scale == 1 ? "≤ 5 s" : "(grows with the data)", $"{ResultRow.Number(designations)} designations, {ResultRow.Number(hubs)} hubs");
    }
}
