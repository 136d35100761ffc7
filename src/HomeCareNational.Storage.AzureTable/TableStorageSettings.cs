using Azure.Data.Tables;
using Orleans;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>What every table store of the service is configured with: the account and the SDK client settings.</summary>
public abstract class TableStorageSettings
{
    /// <summary>
    /// The storage account connection string (required), e.g. the explicit <c>devstoreaccount1</c> form for Azurite.
    /// </summary>
    [RedactConnectionString]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Azure SDK client settings (retries, timeouts, diagnostics); see <see cref="StorageClientDefaults"/>.</summary>
    public TableClientOptions ClientOptions { get; set; } = StorageClientDefaults.Create();
}
