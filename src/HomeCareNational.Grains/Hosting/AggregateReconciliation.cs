namespace HomeCareNational.Grains.Hosting;

/// <summary>
/// Runs when a silo starts: asks the cluster's <see cref="IReconciliationGrain"/> to have every prefecture push its
/// totals up again, once per cluster start. Reports are versioned, so this changes nothing when the aggregates are
/// current, and repairs them when a crash fell between a prefecture's write and its report.
/// </summary>
internal sealed class AggregateReconciliation(IGrainFactory grains, ILogger<AggregateReconciliation> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<IReconciliationGrain>(IReconciliationGrain.Key).ReconcileOnceAsync();
        }
        catch (Exception exception)
        {
            // The silo serves without it: the prefectures' own retries and the next start repair the aggregates.
            logger.LogError(exception, "The start-up reconciliation of the aggregates failed");
        }
    }
}
