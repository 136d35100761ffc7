using Azure.Data.Tables;
using Orleans;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>
/// Where the register history (<see cref="AzureTableRegisterHistory"/>) and the totals history
/// (<see cref="AzureTableTotalsHistory"/>) are kept. Validated when the host starts.
/// </summary>
public sealed class HistoryStorageOptions
{
    /// <summary>The table used when <see cref="RegisterTableName"/> is not set.</summary>
    public const string DefaultRegisterTableName = "HomeCareRegisterHistory";

    /// <summary>The table used when <see cref="TotalsTableName"/> is not set.</summary>
    public const string DefaultTotalsTableName = "HomeCareTotalsHistory";

    /// <summary>
    /// The storage account connection string (required), e.g. the explicit <c>devstoreaccount1</c> form for Azurite.
    /// </summary>
    [RedactConnectionString]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The table of register events; created on first use if missing.</summary>
    public string RegisterTableName { get; set; } = DefaultRegisterTableName;

    /// <summary>The table of totals snapshots; created on first use if missing.</summary>
    public string TotalsTableName { get; set; } = DefaultTotalsTableName;

    /// <summary>Azure SDK client settings (retries, timeouts, diagnostics).</summary>
    public TableClientOptions ClientOptions { get; set; } = StorageClientDefaults.Create();
}
