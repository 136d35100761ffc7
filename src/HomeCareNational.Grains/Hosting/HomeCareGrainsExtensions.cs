using HomeCareNational.Abstractions.Retention;
using HomeCareNational.Grains.Hosting;
using HomeCareNational.Grains.Idempotency;
using HomeCareNational.Grains.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Orleans.Hosting;

/// <summary>Registers the HomeCareNational grains' services on a silo.</summary>
public static class HomeCareGrainsExtensions
{
    /// <summary>
    /// Adds what the grains need: the region grouping (the default eight regions unless one is already
    /// registered), a clock and the clock of accepted changes (<see cref="ChangeClock"/>), the service's metrics, the
    /// idempotency and retention options (sections <see cref="IdempotencyOptions.Section"/> and <see cref="RetentionOptions.Section"/>, validated at start-up), and
    /// two calls each silo makes at start-up: the reconciliation of the aggregates (<see cref="IReconciliationGrain"/>)
    /// and the scheduling of the retention sweep (<see cref="IRetentionSweepGrain"/>). Reminders, and grain storage
    /// <see cref="HomeCareNational.Abstractions.StorageNames.GrainStorage"/> with its
    /// <see cref="HomeCareNational.Abstractions.Idempotency.IStoredIdempotencyKeys"/>, must be added separately.
    /// </summary>
    public static ISiloBuilder AddHomeCareGrains(this ISiloBuilder builder)
    {
        builder.Services.TryAddSingleton(RegionGrouping.EightRegions);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddKeyedSingleton<TimeProvider>(ChangeClock.Key, (services, _) => services.GetRequiredService<TimeProvider>());
        builder.Services.AddHomeCareMetrics();
        builder.Services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IdempotencyOptions>, IdempotencyOptionsValidator>());
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>());
        builder.AddClusterStartupCall(
            grains => grains.GetGrain<IReconciliationGrain>(IReconciliationGrain.Key).ReconcileOnceAsync(),
            "The start-up reconciliation of the aggregates failed; the prefectures' own retries and the next start repair them");
        builder.AddClusterStartupCall(
            grains => grains.GetGrain<IRetentionSweepGrain>(IRetentionSweepGrain.Key).ScheduleAsync(),
            "Scheduling the retention sweep failed; the next silo start schedules it");
        return builder;
    }

    private static void AddClusterStartupCall(this ISiloBuilder builder, Func<IGrainFactory, Task> call, string failure) =>
        builder.AddStartupTask((services, cancellationToken) => ActivatorUtilities.CreateInstance<ClusterStartupCall>(services, call, failure).Execute(cancellationToken));
}
