namespace HomeCareNational.Grains.Tests.Support;

/// <summary>What a prefecture, its region and the nation hold for one fiscal year at one moment.</summary>
public sealed record Levels(TotalsSnapshot? Prefecture, TotalsSnapshot? Region, TotalsSnapshot? National)
{
    public static async Task<Levels> ReadAsync(IGrainFactory grains, string prefectureCode, int fiscalYear)
    {
        var region = RegionGrouping.EightRegions.RegionOf(prefectureCode).Code;
        return new Levels(
            await grains.GetGrain<IPrefectureGrain>(prefectureCode).GetTotalsAsync(fiscalYear),
            await grains.GetGrain<IRegionGrain>(region).GetTotalsAsync(fiscalYear),
            await grains.GetGrain<INationalGrain>(INationalGrain.Key).GetTotalsAsync(fiscalYear));
    }

    public IReadOnlyList<TotalsSnapshot?> All => [Prefecture, Region, National];

    /// <summary>The version at each level, prefecture first; 0 where there is no snapshot.</summary>
    public (long Prefecture, long Region, long National) Versions =>
        (Prefecture?.Version ?? 0, Region?.Version ?? 0, National?.Version ?? 0);

    /// <summary>The figures at each level, prefecture first.</summary>
    public (Figures Prefecture, Figures Region, Figures National) Figures =>
        (Support.Figures.Of(Prefecture), Support.Figures.Of(Region), Support.Figures.Of(National));
}
