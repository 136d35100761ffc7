using Orleans.Runtime.Messaging;
using Orleans.TestingHost;

namespace HomeCareNational.Grains.Tests.Cluster;

/// <summary>An in-process Orleans cluster configured like the real silo, keeping its grain state in one Azurite table.</summary>
public sealed class HomeCareCluster : IAsyncDisposable
{
    /// <summary>Fixed, as in production: a new cluster over the same table is the same service restarted.</summary>
    private const string ServiceId = "HomeCareNationalTests";

    private readonly TestCluster cluster;

    private HomeCareCluster(TestCluster cluster) => this.cluster = cluster;

    public IGrainFactory Grains => cluster.GrainFactory;

    /// <summary>Starts the silos; returns once they are up, so their start-up tasks (the reconciliation) have run.</summary>
    /// <param name="connectionString">The Azurite (or Azure) storage account.</param>
    /// <param name="tableName">The grain state table; the histories' and reminders' tables are named after it.</param>
    /// <param name="silos">How many silos to start.</param>
    /// <param name="testClock">Whether the silos read <see cref="TestClockConfigurator.Clock"/> instead of the system clock.</param>
    public static Task<HomeCareCluster> StartAsync(string connectionString, string tableName, short silos, bool testClock = false) =>
        StartAsync(connectionString, tableName, silos, testClock ? builder => builder.AddSiloBuilderConfigurator<TestClockConfigurator>() : null);

    /// <summary>As <see cref="StartAsync(string, string, short, bool)"/>, with configurators of the test's own (a clock no other test moves).</summary>
    public static async Task<HomeCareCluster> StartAsync(string connectionString, string tableName, short silos, Action<TestClusterBuilder>? configure)
    {
        try
        {
            return await DeployAsync(connectionString, tableName, silos, configure);
        }
        catch (ConnectionFailedException)
        {
            // The test cluster's ports are picked free within this process only; a test process running beside it can
            // take one between the pick and the bind. A second cluster gets other ports.
            return await DeployAsync(connectionString, tableName, silos, configure);
        }
    }

    private static async Task<HomeCareCluster> DeployAsync(string connectionString, string tableName, short silos, Action<TestClusterBuilder>? configure)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ServiceId = ServiceId;

        // Kept (bin/…/logs): a storage failure's own message is there even when the exception that crossed the grain
        // boundary to the test no longer carries it.
        builder.Options.ConfigureFileLogging = true;
        builder.Properties[HomeCareSiloConfigurator.ConnectionStringKey] = connectionString;
        builder.Properties[HomeCareSiloConfigurator.TableNameKey] = tableName;
        builder.AddSiloBuilderConfigurator<HomeCareSiloConfigurator>();
        configure?.Invoke(builder);

        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return new HomeCareCluster(cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }
}
