using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HomeCareNational.Host.Health;

/// <summary>
/// <c>GET /health/live</c> (the process runs: no check) and <c>GET /health/ready</c> (the silo, storage, the history
/// tables), anonymous, each answering <see cref="HealthReportJson"/>: 200 when Healthy or Degraded, 503 when Unhealthy.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    /// <summary>A check that has not answered by then counts as Unhealthy, so the probe itself answers in time.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddHomeCareHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<SiloHealthCheck>(HealthCheckNames.Silo, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<StorageHealthCheck>(HealthCheckNames.Storage, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<HistoryTablesHealthCheck>(HealthCheckNames.HistoryTables, tags: [ReadyTag], timeout: CheckTimeout);
        return services;
    }

    public static IEndpointRouteBuilder MapHomeCareHealth(this IEndpointRouteBuilder endpoints)
    {
        Map(endpoints, LivePath, _ => false);
        Map(endpoints, ReadyPath, registration => registration.Tags.Contains(ReadyTag));
        return endpoints;
    }

    private static void Map(IEndpointRouteBuilder endpoints, string path, Func<HealthCheckRegistration, bool> predicate) =>
        endpoints.MapHealthChecks(path, new HealthCheckOptions { Predicate = predicate, ResponseWriter = HealthReportJson.WriteAsync })
            .AllowAnonymous()
            .DisableHttpMetrics();
}
