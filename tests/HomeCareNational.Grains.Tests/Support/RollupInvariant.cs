namespace HomeCareNational.Grains.Tests.Support;

/// <summary>The invariant every test ends on: the totals at each level are the sums of the level below.</summary>
public static class RollupInvariant
{
    /// <summary>
    /// For one fiscal year: national == Σ regions == Σ prefecture reports the regions hold == Σ registers, and every
    /// report held is the latest one (the region holds each prefecture's current version, the nation each region's).
    /// </summary>
    public static async Task AssertConsistentAsync(IGrainFactory grains, int fiscalYear)
    {
        var regions = RegionGrouping.EightRegions.Regions;
        var prefectures = Prefectures.All.Select(p => grains.GetGrain<IPrefectureGrain>(p.Code)).ToList();
        var national = grains.GetGrain<INationalGrain>(INationalGrain.Key);

        var registers = await Task.WhenAll(prefectures.Select(p => p.GetRegisterAsync(fiscalYear)));
        var prefectureTotals = await Task.WhenAll(prefectures.Select(p => p.GetTotalsAsync(fiscalYear)));
        var regionTotals = await Task.WhenAll(regions.Select(r => grains.GetGrain<IRegionGrain>(r.Code).GetTotalsAsync(fiscalYear)));
        var reportsHeldByRegions = await Task.WhenAll(regions.Select(r => grains.GetGrain<IRegionGrain>(r.Code).GetPrefectureTotalsAsync(fiscalYear)));
        var nationalTotals = await national.GetTotalsAsync(fiscalYear);
        var reportsHeldByNation = await national.GetRegionTotalsAsync(fiscalYear);

        var ofRegisters = Figures.Sum(registers.OfType<PrefectureRegister>().Select(RegisterTotals.Of));
        var levels = new Dictionary<string, Figures>
        {
            ["national"] = Figures.Of(nationalTotals),
            ["sum of regions"] = Figures.Sum(regionTotals.OfType<TotalsSnapshot>().Select(t => t.Totals)),
            ["sum of the prefecture reports the regions hold"] =
                Figures.Sum(reportsHeldByRegions.SelectMany(r => r.Values).Select(t => t.Totals)),
        };
        Assert.All(levels, level => Assert.Equal(ofRegisters, level.Value));

        Assert.Equal(
            VersionsByCode(Prefectures.All.Select(p => p.Code), prefectureTotals),
            new SortedDictionary<string, long>(reportsHeldByRegions.SelectMany(r => r).ToDictionary(r => r.Key, r => r.Value.Version)));
        Assert.Equal(
            VersionsByCode(regions.Select(r => r.Code), regionTotals),
            new SortedDictionary<string, long>(reportsHeldByNation.ToDictionary(r => r.Key, r => r.Value.Version)));
    }

    private static SortedDictionary<string, long> VersionsByCode(IEnumerable<string> codes, IEnumerable<TotalsSnapshot?> snapshots) =>
        new(codes.Zip(snapshots)
            .Where(x => x.Second is not null)
            .ToDictionary(x => x.First, x => x.Second!.Version));
}
