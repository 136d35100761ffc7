using HomeCareNational.Abstractions;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.GrainState;

/// <summary>
/// Stops the silo before any grain reads state when the account holds the grain-state table of an earlier
/// release: its rows are in a layout this release cannot read, and there is no migration.
/// </summary>
internal sealed class EarlierReleaseStoreCheck(IOptions<GrainStateStorageOptions> options, HomeCareTableServiceClientFactory clients) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(EarlierReleaseStoreCheck), ServiceLifecycleStage.RuntimeInitialize, CheckAsync);

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var service = clients.Create(options.Value);
        var retired = StorageNames.EarlierReleaseGrainStateTable;
        await foreach (var _ in service.QueryAsync(table => table.Name == retired, cancellationToken: cancellationToken))
        {
            throw new OrleansConfigurationException(
                $"The storage account holds table '{retired}', written by an earlier release of HomeCareNational in a layout this "
                + $"release cannot read. There is no migration: delete '{retired}' and the history tables of that release "
                + "(see README, 'Storage'), then start again.");
        }
    }
}
