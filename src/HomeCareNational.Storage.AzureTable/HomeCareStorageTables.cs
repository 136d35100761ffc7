using HomeCareNational.Abstractions;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>
/// The tables of a silo's storage (<c>AddHomeCareStorage</c>): the service keeps the defaults; a test cluster names
/// its own, so that clusters running side by side never read each other's rows.
/// </summary>
public sealed class HomeCareStorageTables
{
    public string GrainState { get; set; } = StorageNames.GrainStateTable;

    public string RegisterHistory { get; set; } = StorageNames.RegisterHistoryTable;

    public string TotalsHistory { get; set; } = StorageNames.TotalsHistoryTable;

    public string RoundHistory { get; set; } = StorageNames.RoundHistoryTable;

    /// <summary>The reminders' table; null for Orleans' own default.</summary>
    public string? Reminders { get; set; }
}
