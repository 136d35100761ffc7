using HomeCareNational.Grains.Hosting;
using HomeCareNational.Grains.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Orleans.Hosting;

/// <summary>Registers the HomeCareNational grains' services on a silo.</summary>
public static class HomeCareGrainsExtensions
{
    /// <summary>
    /// Adds what the grains need: the region grouping (the default eight regions unless one is already
    /// registered), a clock, the service's metrics, the idempotency options (section <see cref="IdempotencyOptions.Section"/>, validated at
    /// start-up) and the start-up reconciliation of the aggregates. Grain storage named
    /// <see cref="HomeCareNational.Abstractions.StorageNames.GrainStorage"/> must be added separately.
    /// </summary>
    public static ISiloBuilder AddHomeCareGrains(this ISiloBuilder builder)
    {
        builder.Services.TryAddSingleton(RegionGrouping.EightRegions);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHomeCareMetrics();
        builder.Services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IdempotencyOptions>, IdempotencyOptionsValidator>());
        builder.AddStartupTask<AggregateReconciliation>();
        return builder;
    }
}
