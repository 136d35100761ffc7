namespace HomeCareNational.Abstractions;

/// <summary>
/// Totals of the prefectures of one region, pushed up by the prefectures and pushed on to the nation.
/// Key: the region code of the configured grouping, e.g. "chugoku" (中国: 31–35) in the default eight regions.
/// Its observers hear of its own totals and of each member prefecture's.
/// </summary>
public interface IRegionGrain : ITotalsPublisher
{
    /// <summary>Takes a prefecture's totals; a report older than the one held is ignored. Forwards the region's totals to the nation.</summary>
    Task ReportPrefectureTotalsAsync(string prefectureCode, TotalsSnapshot totals);

    /// <summary>The region's totals for a fiscal year, or null if none of its prefectures has data for it.</summary>
    [ReadOnly]
    Task<TotalsSnapshot?> GetTotalsAsync(int fiscalYear);

    /// <summary>The latest totals each member prefecture reported for a fiscal year, keyed by prefecture code.</summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<string, TotalsSnapshot>> GetPrefectureTotalsAsync(int fiscalYear);
}
