using HomeCareNational.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="HomeCareMetrics"/>.</summary>
public static class HomeCareMetricsServiceCollectionExtensions
{
    /// <summary>Adds the one <see cref="HomeCareMetrics"/> of the host; every part that records calls it, the first one registers.</summary>
    public static IServiceCollection AddHomeCareMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<HomeCareMetrics>();
        return services;
    }
}
