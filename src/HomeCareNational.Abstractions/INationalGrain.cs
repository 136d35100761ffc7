using System.Collections.Immutable;
namespace HomeCareNational.Abstractions;

/// <summary>
/// The national totals that dashboards poll, pushed up by the region grains so that reading them never
/// fans out to the prefectures. Key: always <see cref="Key"/>.
/// </summary>
public interface INationalGrain : ITotalsPublisher
{
    /// <summary>The one key of the national grain.</summary>
    const string Key = "japan";

    /// <summary>Takes a region's totals; a report older than the one held is ignored.</summary>
    Task ReportRegionTotalsAsync(string regionCode, TotalsSnapshot totals);

    /// <summary>The national totals for a fiscal year, or null if no prefecture has data for it.</summary>
    [ReadOnly]
    Task<TotalsSnapshot?> GetTotalsAsync(int fiscalYear);

    /// <summary>The latest totals each region reported for a fiscal year, keyed by region code.</summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<string, TotalsSnapshot>> GetRegionTotalsAsync(int fiscalYear);

    /// <summary>Fiscal years with data anywhere in the country, ascending.</summary>
    [ReadOnly]
    Task<ImmutableArray<int>> GetFiscalYearsAsync();

    /// <summary>The version of all data in the country, for ETags: one call, no fan-out to regions or prefectures.</summary>
    [ReadOnly]
    Task<DataVersion> GetDataVersionAsync();
}
