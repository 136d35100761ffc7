using HomeCareNational.Abstractions;
using HomeCareNational.Storage.AzureTable.GrainState;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace HomeCareNational.Storage.AzureTable.Tests.GrainState;

/// <summary>
/// A one-silo cluster whose grain storage is configured exactly as the service's (<c>AddHomeCareGrainStorage</c>),
/// over one Azurite table. The service id is fixed, so a second silo over the same table is the service restarted.
/// </summary>
internal sealed class GrainStorageSilo : IAsyncDisposable
{
    public const string ServiceId = "HomeCareStorageTests";

    private readonly InProcessTestCluster cluster;

    private GrainStorageSilo(InProcessTestCluster cluster) => this.cluster = cluster;

    /// <summary>The provider the grains use, straight from the silo's services.</summary>
    public IGrainStorage Storage =>
        cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.GrainStorage);

    public IGrainFactory Grains => cluster.Client;

    public static async Task<GrainStorageSilo> StartAsync(AzuriteFixture azurite, string tableName, Action<GrainStateStorageOptions>? configure = null)
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.Options.ServiceId = ServiceId;
        builder.ConfigureSilo((_, silo) => silo.AddHomeCareGrainStorage(options =>
        {
            options.ConnectionString = azurite.ConnectionString;
            options.TableName = tableName;
            configure?.Invoke(options);
        }));
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
            return new GrainStorageSilo(cluster);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }
}
