namespace HomeCareNational.Grains.Hosting;

/// <summary>
/// A start-up task that makes one call to a cluster-wide grain (one fixed key) on every silo start. The grain makes the
/// call idempotent, so the cluster acts once however many silos start. A failure is logged and the silo serves on:
/// what the call does is repaired by the grain's own schedule or the next start.
/// </summary>
/// <param name="grains">The silo's grain factory.</param>
/// <param name="call">The call, given the grain factory.</param>
/// <param name="failure">What the log says when it fails, e.g. "The start-up reconciliation of the aggregates failed".</param>
/// <param name="logger">Where that goes.</param>
internal sealed class ClusterStartupCall(IGrainFactory grains, Func<IGrainFactory, Task> call, string failure, ILogger<ClusterStartupCall> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        try
        {
            await call(grains);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, failure);
        }
    }
}
