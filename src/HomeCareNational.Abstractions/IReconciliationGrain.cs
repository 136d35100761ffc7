namespace HomeCareNational.Abstractions;

/// <summary>
/// Guards the start-up reconciliation of the aggregates (every prefecture pushes its totals again) so that it runs
/// once per cluster start, not once per silo: every starting silo asks, the first call runs it and the others find it
/// done. It runs again when a silo that was a member at the last run has since died, because that silo may have died
/// between a prefecture's write and its report. Key: always <see cref="Key"/>.
/// </summary>
public interface IReconciliationGrain : IGrainWithStringKey
{
    /// <summary>The one key of the guard.</summary>
    const string Key = "aggregates";

    /// <summary>Reconciles unless it was done since the last silo died; returns when it is done. Reconciling 47 prefectures may take longer than an API call may.</summary>
    [ResponseTimeout("00:05:00")]
    Task ReconcileOnceAsync();
}
