namespace HomeCareNational.Grains.Hosting;

/// <inheritdoc cref="IReconciliationGrain"/>
/// <remarks>
/// Kept in memory only, and kept alive: a cluster that starts afresh has no activation yet, so it reconciles; an
/// activation lost with its silo comes back on a survivor and reconciles once more, which is the repair that loss calls for.
/// </remarks>
[KeepAlive]
public sealed class ReconciliationGrain(IGrainFactory grains, IClusterMembershipService membership, ILogger<ReconciliationGrain> logger)
    : Grain, IReconciliationGrain
{
    /// <summary>The silos that were active at the last run; null before the first.</summary>
    private HashSet<SiloAddress>? _activeAtLastRun;

    public async Task ReconcileOnceAsync()
    {
        var members = membership.CurrentSnapshot.Members.Values;
        if (_activeAtLastRun is { } active && !members.Any(m => m.Status == SiloStatus.Dead && active.Contains(m.SiloAddress)))
        {
            return;
        }

        _activeAtLastRun = [.. members.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress)];
        await Task.WhenAll(Prefectures.All.Select(prefecture => ReportAsync(prefecture.Code)));
        logger.LogInformation("Aggregate totals reconciled for {Count} prefectures", Prefectures.All.Count);
    }

    private async Task ReportAsync(string prefecture)
    {
        try
        {
            await grains.GetGrain<IPrefectureGrain>(prefecture).ReportTotalsAsync();
        }
        catch (Exception exception)
        {
            // One unreachable prefecture must not stop the others; its own retry and the next reconciliation repair it.
            logger.LogError(exception, "Reconciling the totals of prefecture {Prefecture} failed", prefecture);
        }
    }
}
