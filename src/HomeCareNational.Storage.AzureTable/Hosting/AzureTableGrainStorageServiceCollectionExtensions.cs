using HomeCareNational.Storage.AzureTable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Orleans.Hosting;

internal static class AzureTableGrainStorageServiceCollectionExtensions
{
    public static IServiceCollection AddAzureTableGrainStorage(
        this IServiceCollection services,
        string name,
        Action<OptionsBuilder<AzureTableGrainStorageOptions>> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);

        configure(services.AddOptions<AzureTableGrainStorageOptions>(name));
        services.TryAddEnumerable(ServiceDescriptor.Transient<
            IPostConfigureOptions<AzureTableGrainStorageOptions>,
            DefaultStorageProviderSerializerOptionsConfigurator<AzureTableGrainStorageOptions>>());
        services.AddTransient<IConfigurationValidator>(sp => new AzureTableGrainStorageOptionsValidator(
            sp.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(name),
            name));
        services.ConfigureNamedOptionForLogging<AzureTableGrainStorageOptions>(name);
        return services.AddGrainStorage(name, AzureTableGrainStorageFactory.Create);
    }
}
