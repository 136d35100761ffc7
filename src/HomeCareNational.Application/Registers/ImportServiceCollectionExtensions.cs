using HomeCareNational.Import;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Application.Registers;

/// <summary>The import shared by the upload and the mutation: its limits and concurrency from configuration, checked at start-up.</summary>
internal static class ImportServiceCollectionExtensions
{
    public static IServiceCollection AddHomeCareImport(this IServiceCollection services)
    {
        services.AddSingleton<DesignationImport>();
        services.AddSingleton<ImportGate>();
        services.AddOptions<ImportLimits>().BindConfiguration(ImportLimitsValidator.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ImportLimits>, ImportLimitsValidator>());
        services.AddOptions<ImportConcurrencyOptions>().BindConfiguration(ImportLimitsValidator.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ImportConcurrencyOptions>, ImportConcurrencyValidator>());
        return services;
    }
}
