namespace HomeCareNational.Grains.Tests.Support;

/// <summary>The invariant every test ends on: the totals at each level are the sums of the level below.</summary>
public static class RollupInvariant
{
    /// <summary>
    /// For one fiscal year: national == Σ regions == Σ prefecture reports the regions hold == Σ registers, each region
    /// == Σ the registers of its prefectures, and every report held is the latest one (the region holds each
    /// prefecture's current version, the nation each region's).
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

        var registerOf = Prefectures.All.Select(p => p.Code).Zip(registers).ToDictionary(x => x.First, x => x.Second);
        Figures OfRegisters(IEnumerable<string> codes) =>
            Figures.Sum(codes.Select(code => registerOf[code]).OfType<PrefectureRegister>().Select(RegisterTotals.Of));
        var ofRegisters = OfRegisters(registerOf.Keys);
        var levels = new Dictionary<string, (Figures Expected, Figures Actual)>
        {
            ["national"] = (ofRegisters, Figures.Of(nationalTotals)),
            ["sum of regions"] = (ofRegisters, Figures.Sum(regionTotals.OfType<TotalsSnapshot>().Select(t => t.Totals))),
            ["sum of the prefecture reports the regions hold"] =
                (ofRegisters, Figures.Sum(reportsHeldByRegions.SelectMany(r => r.Values).Select(t => t.Totals))),
        };
        foreach (var (region, totals) in regions.Zip(regionTotals))
        {
            levels[$"region {region.Code}"] = (OfRegisters(region.PrefectureCodes), Figures.Of(totals));
        }

        Assert.All(levels, level => Assert.Equal(level.Value.Expected, level.Value.Actual));

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
