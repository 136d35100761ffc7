using HomeCareNational.Domain.Validation;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.Reading;

/// <summary>
/// Reads for the API from the grains. The nation and regions are read from their own
/// grains, and the prefecture list from the region grains, so no read fans out to 47 prefecture grains.
/// </summary>
public sealed class TotalsReader(IGrainFactory grains, RegionGrouping grouping, TimeProvider clock)
{
    private INationalGrain National => grains.GetGrain<INationalGrain>(INationalGrain.Key);

    /// <summary>The reader of the request a field resolves in.</summary>
    public static TotalsReader Of(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TotalsReader>();

    public async Task<NationalView> NationalAsync(int? fiscalYear)
    {
        var year = await ResolveYearAsync(fiscalYear);
        return new NationalView(year, await National.GetTotalsAsync(year));
    }

    public async Task<IReadOnlyList<RegionView>> RegionsAsync(int? fiscalYear)
    {
        var year = await ResolveYearAsync(fiscalYear);
        var reported = await National.GetRegionTotalsAsync(year);
        return [.. grouping.Regions.Select(r => new RegionView(r, year, reported.GetValueOrDefault(r.Code)))];
    }

    public async Task<RegionView> RegionAsync(string code, int? fiscalYear)
    {
        if (!grouping.TryGetRegion(code, out var region))
        {
            throw HomeCareErrors.NotFound($"There is no region '{code}'. Regions: {string.Join(", ", grouping.Regions.Select(r => r.Code))}.");
        }

        var year = await ResolveYearAsync(fiscalYear);
        return new RegionView(region, year, await grains.GetGrain<IRegionGrain>(region.Code).GetTotalsAsync(year));
    }

    public async Task<IReadOnlyList<PrefectureView>> PrefecturesOfAsync(Region region, int fiscalYear)
    {
        var reported = await grains.GetGrain<IRegionGrain>(region.Code).GetPrefectureTotalsAsync(fiscalYear);
        return [.. region.PrefectureCodes.Select(code => new PrefectureView(Prefectures.Get(code), region, fiscalYear, reported.GetValueOrDefault(code)))];
    }

    public async Task<IReadOnlyList<PrefectureView>> PrefecturesAsync(int? fiscalYear)
    {
        var year = await ResolveYearAsync(fiscalYear);
        var perRegion = await Task.WhenAll(grouping.Regions.Select(r => PrefecturesOfAsync(r, year)));
        return [.. perRegion.SelectMany(p => p).OrderBy(p => p.Prefecture.Code, StringComparer.Ordinal)];
    }

    /// <summary>A prefecture's totals; without a fiscal year, its own latest year with data.</summary>
    public async Task<PrefectureView> PrefectureAsync(string code, int? fiscalYear)
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

        return new PrefectureView(prefecture, grouping.RegionOf(prefecture.Code), year, await grain.GetTotalsAsync(year));
    }

    public async Task<RegisterView?> RegisterAsync(string prefectureCode, int fiscalYear) =>
        await grains.GetGrain<IPrefectureGrain>(prefectureCode).GetRegisterAsync(fiscalYear) is { } register
            ? new RegisterView(prefectureCode, fiscalYear, register)
            : null;

    public async Task<IReadOnlyList<RegisterChange>> ChangesAsync(string prefectureCode, int fiscalYear) =>
        await grains.GetGrain<IPrefectureGrain>(prefectureCode).GetChangesAsync(fiscalYear);

    public async Task<IReadOnlyList<int>> FiscalYearsAsync() => await National.GetFiscalYearsAsync();

    public static Prefecture FindPrefecture(string code) =>
        Prefectures.TryGet(code, out var prefecture)
            ? prefecture
            : throw HomeCareErrors.NotFound($"There is no prefecture '{code}': use a JIS X 0401 code from \"01\" to \"47\".");

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

    private static int CheckedYear(int fiscalYear) =>
        RegisterValidator.ValidateFiscalYear(fiscalYear) is { } error ? throw HomeCareErrors.Invalid(error) : fiscalYear;

    private int CurrentFiscalYear() => Math.Clamp(FiscalYear.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), FiscalYear.First, FiscalYear.Last);
}
