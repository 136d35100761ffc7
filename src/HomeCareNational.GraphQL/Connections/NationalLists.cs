using GraphQL.Builders;
using HomeCareNational.GraphQL.Authorization;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>
/// The designations, hubs and areas of every prefecture (or of a region or some prefectures) as one paged list each,
/// with the register lists' own filters, sorting and cursors: the same connection code over the registers read for
/// the page. An item's key (its cursor and tie-breaker) is its prefecture and its own key, so items of different
/// prefectures with the same code never collide.
/// </summary>
internal static class NationalLists
{
    private const string FiscalYearArgument = "fiscalYear";
    private const string RegionArgument = "region";
    private const string PrefecturesArgument = "prefectures";
    private const string ScopeNote = " Across every prefecture, or those of `region` or `prefectures`, in the order asked (ties by prefecture, then code). Ministry analysts only: for analyses, not for polling dashboards.";

    public static void AddNationalLists(this ObjectGraphType query)
    {
        Scoped(query.AddInstitutionsConnection<object?>("designations", async c => (await RegistersAsync(c)).SelectMany(r => r.Institutions), v => Key(v.PrefectureCode, v.Institution.InstitutionCode))
            .Description("Designated institutions of every prefecture's register for the fiscal year, withdrawn ones included unless `status` says otherwise; the register list's filters combine." + ScopeNote));
        Scoped(query.AddHubsConnection<object?>("hubs", async c => (await RegistersAsync(c)).SelectMany(r => r.Hubs), v => Key(v.PrefectureCode, v.Hub.HubId))
            .Description("Collaboration hubs of every prefecture's register for the fiscal year; the register list's filters combine." + ScopeNote));
        Scoped(query.AddAreasConnection<object?>("areas", async c => (await RegistersAsync(c)).SelectMany(r => r.Areas), v => Key(v.PrefectureCode, v.Area.AreaId))
            .Description("Home-care areas of every prefecture's register for the fiscal year; the register list's filters combine." + ScopeNote));
    }

    private static void Scoped(FieldBuilder<object?, object> field) => field
        .Argument<IntGraphType>(FiscalYearArgument, "The fiscal year, e.g. 2024 for 令和6年度. Default: the latest year with data.")
        .Argument<StringGraphType>(RegionArgument, "Only the prefectures of this region, e.g. chugoku.")
        .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>(PrefecturesArgument, "Only these prefectures (JIS X 0401 codes).")
        .RequireAccess(AccessPolicies.NationalDetail);

    private static string Key(string prefectureCode, string key) => $"{prefectureCode}/{key}";

    /// <summary>The registers in scope, in JIS code order; prefectures without one for the year are left out.</summary>
    private static async Task<IReadOnlyList<RegisterView>> RegistersAsync(IResolveFieldContext c)
    {
        var reader = Readers.Totals(c);
        var year = (await reader.NationalAsync(c.GetArgument<int?>(FiscalYearArgument))).FiscalYear;
        var codes = (IEnumerable<string>)Prefectures.All.Select(p => p.Code);
        if (c.GetArgument<string?>(RegionArgument) is { } regionCode)
        {
            var region = (await reader.RegionAsync(regionCode, year)).Region;
            codes = codes.Where(region.PrefectureCodes.Contains);
        }

        if (c.GetArgument<List<string>?>(PrefecturesArgument) is { } chosen)
        {
            var named = chosen.Select(code => TotalsReader.FindPrefecture(code).Code).ToHashSet(StringComparer.Ordinal);
            codes = codes.Where(named.Contains);
        }

        var registers = await Task.WhenAll(codes.Select(code => Readers.Registers(c).RegisterAsync(code, year)));
        return [.. registers.OfType<RegisterView>()];
    }
}
