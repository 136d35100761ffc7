namespace HomeCareNational.Abstractions.History;

/// <summary>
/// Every totals snapshot the nation, each region and each prefecture has answered with, kept durably (Azure Table
/// Storage) so that "as of" an instant answers exactly what was answered then, also after a restart. Grains record
/// a snapshot before they start answering with it.
/// </summary>
public interface ITotalsHistory
{
    /// <summary>Records a snapshot; recording the same snapshot (same as-of instant and version) again is harmless.</summary>
    Task RecordAsync(TotalsScope scope, TotalsSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>
    /// The snapshot in force at <paramref name="instant"/> for the fiscal year: the one with the latest
    /// <see cref="TotalsSnapshot.AsOf"/> not after it (of those, the highest version), or null if none was yet.
    /// </summary>
    Task<TotalsSnapshot?> AsOfAsync(TotalsScope scope, int fiscalYear, DateTimeOffset instant, CancellationToken cancellationToken = default);
}
