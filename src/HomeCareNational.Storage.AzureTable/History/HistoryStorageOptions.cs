namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>
/// Where the register history (<see cref="AzureTableRegisterHistory"/>), the totals history
/// (<see cref="AzureTableTotalsHistory"/>) and the round history (<see cref="AzureTableRoundHistory"/>) are kept. Validated when the host starts.
/// </summary>
public sealed class HistoryStorageOptions : TableStorageSettings
{
    /// <summary>The table used when <see cref="RegisterTableName"/> is not set.</summary>
    public const string DefaultRegisterTableName = "HomeCareRegisterHistory";

    /// <summary>The table used when <see cref="TotalsTableName"/> is not set.</summary>
    public const string DefaultTotalsTableName = "HomeCareTotalsHistory";

    /// <summary>The table used when <see cref="RoundTableName"/> is not set.</summary>
    public const string DefaultRoundTableName = "HomeCareRoundHistory";

    /// <summary>The table of register events; created on first use if missing.</summary>
    public string RegisterTableName { get; set; } = DefaultRegisterTableName;

    /// <summary>The table of totals snapshots; created on first use if missing.</summary>
    public string TotalsTableName { get; set; } = DefaultTotalsTableName;

    /// <summary>The table of reporting-round steps; created on first use if missing.</summary>
    public string RoundTableName { get; set; } = DefaultRoundTableName;
}
