using HomeCareNational.Application.Idempotency;
using HomeCareNational.Application.Reads;
using HomeCareNational.Application.Registers;
using HomeCareNational.Application.Rounds;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HomeCareNational.Application;

/// <summary>Registers the use cases both front doors call.</summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the readers, the idempotency guard, the register editor, the round steps and the import with its limits (checked at start-up). Needs an
    /// <see cref="IGrainFactory"/> (a co-hosted silo or a cluster client), a <see cref="RegionGrouping"/> and an
    /// <see cref="Abstractions.History.ITotalsHistory"/>.
    /// </summary>
    public static IServiceCollection AddHomeCareApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHomeCareMetrics();
        services.AddSingleton<TotalsReader>();
        services.AddSingleton<RegisterReader>();
        services.AddSingleton<RoundReader>();
        services.AddSingleton<IdempotencyGuard>();
        services.AddSingleton<RegisterEditor>();
        services.AddSingleton<RoundSteps>();
        services.AddHomeCareImport();
        return services;
    }
}
