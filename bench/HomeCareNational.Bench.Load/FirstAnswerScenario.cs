namespace HomeCareNational.Bench.Load;

/// <summary>
/// Cold start: from the moment scripts/bench.sh started the Host process (an epoch time it passes) to the first
/// national answer counting the loaded designations, polled every 50 ms.
/// </summary>
internal sealed class FirstAnswerScenario(GraphQLClient client, BenchTokens tokens, DateTimeOffset started, int designations, string label)
{
    private const string Query = "{ national(fiscalYear: 2024) { designations { total } } }";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public async Task RunAsync()
    {
        while (DateTimeOffset.UtcNow - started < Patience)
        {
            try
            {
                var data = await client.ExecuteAsync(tokens.Analyst, Query);
                if (data["national"]?["designations"]?["total"]?.GetValue<int>() == designations)
                {
                    ResultRow.Print($"cold start to the first national answer ({label})", ResultRow.Number((DateTimeOffset.UtcNow - started).TotalSeconds, "N2") + " s",
                        "≤ 10 s", $"from the Host process's start; the answer counts {designations:N0} designations");
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                // Not listening yet, or not yet answering: keep polling.
            }

            await Task.Delay(Poll);
        }

        throw new TimeoutException($"No national answer counting {designations} designations within {Patience.TotalMinutes} minutes of the start.");
    }
}
