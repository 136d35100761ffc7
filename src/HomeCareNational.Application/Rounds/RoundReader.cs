using HomeCareNational.Abstractions.Rounds;
using HomeCareNational.Application.Reads;

namespace HomeCareNational.Application.Rounds;

/// <summary>
/// Reads the reporting rounds: one round grain call, plus one call per region for the prefectures' current versions
/// (the regions hold their members' latest totals), never a call per prefecture.
/// </summary>
public sealed class RoundReader(IGrainFactory grains, RegionGrouping grouping, TimeProvider clock)
{
    /// <summary>The round of the fiscal year with every prefecture's state; null if it was never opened.</summary>
    public async Task<RoundView?> RoundAsync(int fiscalYear)
    {
        if (await Grain(fiscalYear).GetAsync() is not { } round)
        {
            return null;
        }

        var perRegion = await Task.WhenAll(grouping.Regions.Select(r => grains.GetGrain<IRegionGrain>(r.Code).GetPrefectureTotalsAsync(fiscalYear)));
        var versions = perRegion.SelectMany(members => members).ToDictionary(m => m.Key, m => m.Value.Version);
        return new RoundView(round, versions, clock.GetUtcNow());
    }

    /// <summary>The round grain of a fiscal year the service keeps; VALIDATION_FAILED for another.</summary>
    public IReportingRoundGrain Grain(int fiscalYear) => grains.GetGrain<IReportingRoundGrain>(TotalsReader.CheckedYear(fiscalYear));
}
