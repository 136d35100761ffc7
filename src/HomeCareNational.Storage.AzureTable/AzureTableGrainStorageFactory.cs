using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>Creates the provider registered under a name from that name's options.</summary>
internal static class AzureTableGrainStorageFactory
{
    public static AzureTableGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(name);
        return ActivatorUtilities.CreateInstance<AzureTableGrainStorage>(services, name, options);
    }
}
