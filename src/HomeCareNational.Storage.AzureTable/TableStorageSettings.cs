using Azure.Data.Tables;
using Orleans;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>
/// What every table store of the service is configured with: the account, by exactly one of
/// <see cref="ConnectionString"/> and <see cref="TableEndpoint"/> (<see cref="StorageAccountRules"/>), and the SDK
/// client settings.
/// </summary>
public abstract class TableStorageSettings
{
    /// <summary>
    /// The storage account connection string, e.g. the explicit <c>devstoreaccount1</c> form for Azurite.
    /// </summary>
    [RedactConnectionString]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// The account's Table endpoint, e.g. <c>https://myaccount.table.core.windows.net/</c>, reached with
    /// <c>DefaultAzureCredential</c> (in Azure, the managed identity named by <c>AZURE_CLIENT_ID</c>).
    /// </summary>
    public string TableEndpoint { get; set; } = string.Empty;

    /// <summary>Azure SDK client settings (retries, timeouts, diagnostics); see <see cref="StorageClientDefaults"/>.</summary>
    public TableClientOptions ClientOptions { get; set; } = StorageClientDefaults.Create();

    /// <summary>Names the same account as <paramref name="account"/>.</summary>
    public void UseAccountOf(TableStorageSettings account)
    {
        ArgumentNullException.ThrowIfNull(account);
        ConnectionString = account.ConnectionString;
        TableEndpoint = account.TableEndpoint;
    }
}
