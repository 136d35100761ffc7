using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HomeCareNational.Host.Health;

/// <summary>Healthy while this host's silo is active and the cluster's membership, as this silo sees it, lists it as active.</summary>
public sealed class SiloHealthCheck(IClusterMembershipService membership, ILocalSiloDetails localSilo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(localSilo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy("The silo is active in the cluster.")
            : new HealthCheckResult(context.Registration.FailureStatus, $"The cluster's membership lists the silo as {status}."));
    }
}
