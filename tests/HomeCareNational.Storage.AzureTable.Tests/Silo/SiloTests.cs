using System.Net;
using System.Net.Sockets;
using Orleans.TestingHost;

namespace HomeCareNational.Storage.AzureTable.Tests.Silo;

[Collection(AzuriteFixture.CollectionName)]
public sealed class SiloTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Grain_state_written_by_one_cluster_is_read_by_a_second_cluster_over_the_same_table()
    {
        var tableName = AzuriteFixture.UniqueTableName("cluster");
        await using (var first = await StartClusterAsync(options => options.TableName = tableName))
        {
            await first.Client.GetGrain<IStorageProbeGrain>("33").RecordAsync("written by the first cluster");
        }

        await using var second = await StartClusterAsync(options => options.TableName = tableName);
        var notes = await second.Client.GetGrain<IStorageProbeGrain>("33").GetNotesAsync();

        Assert.Equal(["written by the first cluster"], notes);
        var head = Assert.Single(await RawRows.InPartitionAsync(azurite, tableName, "33"));
        Assert.Equal($"storageprobe|{StorageProbeGrain.StateName}|000", head.RowKey);
    }

    [Fact]
    public async Task Silo_with_an_invalid_connection_string_does_not_start()
    {
        var failure = await Record.ExceptionAsync(
            () => StartClusterAsync(options => options.ConnectionString = "not a connection string"));

        var configuration = Assert.IsType<OrleansConfigurationException>(failure);
        Assert.StartsWith("AzureTableGrainStorageOptions.ConnectionString for storage 'homecare'", configuration.Message);
    }

    [Fact]
    public async Task Silo_does_not_start_when_the_table_service_is_unreachable()
    {
        var unusedPort = UnusedPort();
        var failure = await Record.ExceptionAsync(() => StartClusterAsync(options =>
        {
            options.ConnectionString = azurite.ConnectionString.Replace(
                azurite.TableEndpoint.Authority, $"127.0.0.1:{unusedPort}", StringComparison.Ordinal);
            options.ClientOptions.Retry.MaxRetries = 0;
        }));

        var storage = Assert.IsType<AzureTableGrainStorageException>(failure);
        Assert.Contains($"could not create or reach table http://127.0.0.1:{unusedPort}/", storage.Message);
    }

    private async Task<InProcessTestCluster> StartClusterAsync(Action<AzureTableGrainStorageOptions> configure)
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.ConfigureSilo((_, silo) => silo.AddAzureTableGrainStorage(ProviderUnderTest.StorageName, options =>
        {
            options.ConnectionString = azurite.ConnectionString;
            configure(options);
        }));
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
