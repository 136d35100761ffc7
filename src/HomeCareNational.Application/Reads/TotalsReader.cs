using HomeCareNational.Abstractions.History;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Application.Reads;

/// <summary>
/// Reads the totals of the nation, its regions and prefectures, current or as of an instant, and the official figures
/// of a reporting round. The nation and regions are read from their own grains, and the prefecture list from the
/// region grains, so no read fans out to 47 prefecture grains. Totals "as of" an instant are read from the totals
/// history, one row per nation, region or prefecture: exactly what was answered then.
/// </summary>
public sealed class TotalsReader(IGrainFactory grains, RegionGrouping grouping, ITotalsHistory totalsHistory, TimeProvider clock)
{
    private INationalGrain National => grains.GetGrain<INationalGrain>(INationalGrain.Key);

    /// <summary>The service's clock, which decides what "in the future" is.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <param name="fiscalYear">The fiscal year; default the latest with data anywhere.</param>
    /// <param name="asOf">Read the totals in force at this instant instead of the current ones.</param>
    public async Task<NationalView> NationalAsync(int? fiscalYear, DateTimeOffset? asOf = null)
    {
        var year = await ResolveYearAsync(fiscalYear);
        return asOf is { } instant
            ? new NationalView(year, await SnapshotAsOfAsync(TotalsScope.National, year, instant)) { ReadAsOf = instant }
            : new NationalView(year, await National.GetTotalsAsync(year));
    }

    public async Task<IReadOnlyList<RegionView>> RegionsAsync(int? fiscalYear, DateTimeOffset? asOf = null)
    {
        var year = await ResolveYearAsync(fiscalYear);
        if (asOf is { } instant)
        {
            return await Task.WhenAll(grouping.Regions.Select(r => RegionAsOfAsync(r, year, instant)));
        }

        var reported = await National.GetRegionTotalsAsync(year);
        return [.. grouping.Regions.Select(r => new RegionView(r, year, reported.GetValueOrDefault(r.Code)))];
    }

    public async Task<RegionView> RegionAsync(string code, int? fiscalYear, DateTimeOffset? asOf = null)
    {
        if (!grouping.TryGetRegion(code, out var region))
        {
            throw new NotFoundException($"There is no region '{code}'. Regions: {string.Join(", ", grouping.Regions.Select(r => r.Code))}.");
        }

        var year = await ResolveYearAsync(fiscalYear);
        return asOf is { } instant
            ? await RegionAsOfAsync(region, year, instant)
            : new RegionView(region, year, await grains.GetGrain<IRegionGrain>(region.Code).GetTotalsAsync(year));
    }

    public async Task<IReadOnlyList<PrefectureView>> PrefecturesOfAsync(Region region, int fiscalYear, DateTimeOffset? asOf = null)
    {
        if (asOf is { } instant)
        {
            return await Task.WhenAll(region.PrefectureCodes.Select(async code =>
                new PrefectureView(Prefectures.Get(code), region, fiscalYear, await SnapshotAsOfAsync(TotalsScope.Prefecture(code), fiscalYear, instant)) { ReadAsOf = instant }));
        }

        var reported = await grains.GetGrain<IRegionGrain>(region.Code).GetPrefectureTotalsAsync(fiscalYear);
        return [.. region.PrefectureCodes.Select(code => new PrefectureView(Prefectures.Get(code), region, fiscalYear, reported.GetValueOrDefault(code)))];
    }

    public async Task<IReadOnlyList<PrefectureView>> PrefecturesAsync(int? fiscalYear, DateTimeOffset? asOf = null)
    {
        var year = await ResolveYearAsync(fiscalYear);
        var perRegion = await Task.WhenAll(grouping.Regions.Select(r => PrefecturesOfAsync(r, year, asOf)));
        return [.. perRegion.SelectMany(p => p).OrderBy(p => p.Prefecture.Code, StringComparer.Ordinal)];
    }

    /// <summary>A prefecture's totals; without a fiscal year, its own latest year with data.</summary>
    public async Task<PrefectureView> PrefectureAsync(string code, int? fiscalYear, DateTimeOffset? asOf = null)
    {
        var prefecture = FindPrefecture(code);
        var grain = grains.GetGrain<IPrefectureGrain>(prefecture.Code);
        int year;
        if (fiscalYear is { } requested)
        {
            year = CheckedYear(requested);
        }
        else
        {
            var years = await grain.GetFiscalYearsAsync();
            year = years.Length > 0 ? years[^1] : CurrentFiscalYear();
        }

        var region = grouping.RegionOf(prefecture.Code);
        return asOf is { } instant
            ? new PrefectureView(prefecture, region, year, await SnapshotAsOfAsync(TotalsScope.Prefecture(prefecture.Code), year, instant)) { ReadAsOf = instant }
            : new PrefectureView(prefecture, region, year, await grain.GetTotalsAsync(year));
    }

    /// <summary>
    /// The official figures of the fiscal year's reporting round over the given prefectures (the nation's, a region's or
    /// one): one round grain call. Null if no round was opened for the year.
    /// </summary>
    public async Task<OfficialTotalsView?> OfficialAsync(int fiscalYear, IReadOnlyList<string> prefectureCodes) =>
        await grains.GetGrain<Abstractions.Rounds.IReportingRoundGrain>(CheckedYear(fiscalYear)).GetAsync() is { } round
            ? new OfficialTotalsView(fiscalYear, round.OfficialTotals(prefectureCodes), round.IsClosed, prefectureCodes)
            : null;

    /// <summary>The totals in force at <paramref name="instant"/>, exactly as answered then; null when there were none yet.</summary>
    public async Task<TotalsSnapshot?> SnapshotAsOfAsync(TotalsScope scope, int fiscalYear, DateTimeOffset instant) =>
        await totalsHistory.AsOfAsync(scope, fiscalYear, instant);

    public async Task<IReadOnlyList<int>> FiscalYearsAsync() => await National.GetFiscalYearsAsync();

    public static Prefecture FindPrefecture(string code) =>
        Prefectures.TryGet(code, out var prefecture)
            ? prefecture
            : throw new NotFoundException($"There is no prefecture '{code}': use a JIS X 0401 code from \"01\" to \"47\".");

    private async Task<RegionView> RegionAsOfAsync(Region region, int fiscalYear, DateTimeOffset instant) =>
        new(region, fiscalYear, await SnapshotAsOfAsync(TotalsScope.Region(region.Code), fiscalYear, instant)) { ReadAsOf = instant };

    /// <summary>The requested fiscal year, or else the latest one with data anywhere, or else the current one.</summary>
    private async Task<int> ResolveYearAsync(int? fiscalYear)
    {
        if (fiscalYear is { } requested)
        {
            return CheckedYear(requested);
        }

        var years = await National.GetFiscalYearsAsync();
        return years.Length > 0 ? years[^1] : CurrentFiscalYear();
    }

    /// <summary>The fiscal year if the service keeps it; VALIDATION_FAILED otherwise.</summary>
    internal static int CheckedYear(int fiscalYear) =>
        RegisterValidator.ValidateFiscalYear(fiscalYear) is { } error ? throw new ValidationFailedException(error) : fiscalYear;

    private int CurrentFiscalYear() => Math.Clamp(FiscalYear.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), FiscalYear.First, FiscalYear.Last);
}
