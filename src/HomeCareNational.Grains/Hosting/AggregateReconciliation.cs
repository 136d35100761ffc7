namespace HomeCareNational.Grains.Hosting;

/// <summary>
/// Runs when a silo starts: every prefecture pushes its totals up again. Reports are versioned, so this
/// changes nothing when the aggregates are current, and repairs them when a crash fell between a
/// prefecture's write and its report.
/// </summary>
internal sealed class AggregateReconciliation(IGrainFactory grains, ILogger<AggregateReconciliation> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        var reports = Prefectures.All.Select(async prefecture =>
        {
            try
            {
                await grains.GetGrain<IPrefectureGrain>(prefecture.Code).ReportTotalsAsync();
            }
            catch (Exception exception)
            {
                // One unreachable prefecture must not stop the silo; its own retry and the next start repair it.
                logger.LogError(exception, "Reconciling the totals of prefecture {Prefecture} failed", prefecture.Code);
            }
        });
        await Task.WhenAll(reports);
        logger.LogInformation("Aggregate totals reconciled for {Count} prefectures", Prefectures.All.Count);
    }
}
