namespace HomeCareNational.Grains.Tests.Cluster;

/// <summary>
/// One Azurite and one two-silo cluster for every test of <see cref="SharedClusterCollection"/>. Tests share the
/// grains, so each works in its own fiscal year (<see cref="TestFiscalYears"/>).
/// </summary>
public sealed class SharedClusterFixture : IAsyncLifetime
{
    private const short Silos = 2;

    private readonly AzuriteFixture azurite = new();
    private HomeCareCluster? cluster;

    public IGrainFactory Grains => (cluster ?? throw new InvalidOperationException("The cluster has not been started.")).Grains;

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        cluster = await HomeCareCluster.StartAsync(azurite.ConnectionString, AzuriteFixture.UniqueTableName("grains"), Silos);
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }
}
