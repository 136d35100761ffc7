using HomeCareNational.Abstractions;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>
/// Where the register history (<see cref="AzureTableRegisterHistory"/>), the totals history
/// (<see cref="AzureTableTotalsHistory"/>) and the round history (<see cref="AzureTableRoundHistory"/>) are kept. Validated when the host starts.
/// </summary>
public sealed class HistoryStorageOptions : TableStorageSettings
{
    /// <summary>The table of register events; created on first use if missing.</summary>
    public string RegisterTableName { get; set; } = StorageNames.RegisterHistoryTable;

    /// <summary>The table of totals snapshots; created on first use if missing.</summary>
    public string TotalsTableName { get; set; } = StorageNames.TotalsHistoryTable;

    /// <summary>The table of reporting-round steps; created on first use if missing.</summary>
    public string RoundTableName { get; set; } = StorageNames.RoundHistoryTable;
}
