using HomeCareNational.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Orleans.Hosting;

/// <summary>Registers the HomeCareNational grains' services on a silo.</summary>
public static class HomeCareGrainsExtensions
{
    /// <summary>
    /// Adds what the grains need: the region grouping (the default eight regions unless one is already
    /// registered), a clock, and the start-up reconciliation of the aggregates. Grain storage named
    /// <see cref="HomeCareNational.Abstractions.StorageNames.GrainStorage"/> must be added separately.
    /// </summary>
    public static ISiloBuilder AddHomeCareGrains(this ISiloBuilder builder)
    {
        builder.Services.TryAddSingleton(RegionGrouping.EightRegions);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddStartupTask<AggregateReconciliation>();
        return builder;
    }
}
