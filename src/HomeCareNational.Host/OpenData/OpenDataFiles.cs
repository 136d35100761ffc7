using System.Collections.Immutable;
using System.Globalization;
using HomeCareNational.Abstractions.Rounds;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Summaries;
using HomeCareNational.Import.Columns;

namespace HomeCareNational.Host.OpenData;

/// <summary>
/// The four open-data files of a closed round and their columns (described in OPEN-DATA.md). Designations use the
/// import template's own columns and values (種別 by label, ○/×, 指定日 as yyyy-MM-dd), so a file can be read back by
/// the importer; every file starts with a stable id of the prefecture and the record's own key. Public fields only:
/// no attribution, no review comments.
/// </summary>
internal static class OpenDataFiles
{
    public const string Designations = "designations";
    public const string Hubs = "hubs";
    public const string Areas = "areas";
    public const string Totals = "totals";

    public static ImmutableArray<string> Names { get; } = [Designations, Hubs, Areas, Totals];

    private const string IdHeader = "ID";
    private const string PrefectureCodeHeader = "都道府県コード";
    private const string PrefectureNameHeader = "都道府県名";
    private const string Yes = "○";
    private const string No = "×";
    private const string ListSeparator = ";";

    private static readonly IReadOnlyList<OpenDataColumn<(Prefecture Prefecture, DesignatedInstitution Institution)>> DesignationColumns =
    [
        new(IdHeader, r => StableId(r.Prefecture, r.Institution.InstitutionCode)),
        new(PrefectureCodeHeader, r => r.Prefecture.Code),
        new(PrefectureNameHeader, r => r.Prefecture.NameJa),
        .. RegisterColumns.All.Select(column => new OpenDataColumn<(Prefecture Prefecture, DesignatedInstitution Institution)>(column.Header, r => TemplateValue(column, r.Institution))),
    ];

    private static readonly IReadOnlyList<OpenDataColumn<(Prefecture Prefecture, CollaborationHub Hub, HubActivityStatus Status)>> HubColumns =
    [
        new(IdHeader, r => StableId(r.Prefecture, r.Hub.HubId)),
        new(PrefectureCodeHeader, r => r.Prefecture.Code),
        new(PrefectureNameHeader, r => r.Prefecture.NameJa),
        new("拠点ID", r => r.Hub.HubId),
        new("名称", r => r.Hub.Name),
        new("運営主体", r => r.Hub.OperatorKind.LabelJa()),
        new("市町村コード", r => r.Hub.MunicipalityCode),
        new("圏域ID", r => string.Join(ListSeparator, r.Hub.AreaIds)),
        new("活動状況", r => r.Status.LabelJa()),
    ];

    private static readonly IReadOnlyList<OpenDataColumn<(Prefecture Prefecture, HomeCareArea Area)>> AreaColumns =
    [
        new(IdHeader, r => StableId(r.Prefecture, r.Area.AreaId)),
        new(PrefectureCodeHeader, r => r.Prefecture.Code),
        new(PrefectureNameHeader, r => r.Prefecture.NameJa),
        new("圏域ID", r => r.Area.AreaId),
        new("名称", r => r.Area.Name),
        new("圏域の単位", r => r.Area.UnitType.LabelJa()),
        new("市町村コード", r => string.Join(ListSeparator, r.Area.MunicipalityCodes)),
    ];

    private static readonly IReadOnlyList<OpenDataColumn<(string Level, string Code, string Name, RegisterTotals Totals)>> TotalsColumns =
    [
        new("区分", r => r.Level),
        new("コード", r => r.Code),
        new("名称", r => r.Name),
        new("指定数", r => Number(r.Totals.Designations.Total)),
        new("うち病院・診療所", r => Number(r.Totals.Designations.Clinical)),
        new("うち病院・診療所以外", r => Number(r.Totals.Designations.NonClinical)),
        new("拠点数", r => Number(r.Totals.Hubs)),
        new("圏域数", r => Number(r.Totals.Areas)),
        new("集計都道府県数", r => Number(r.Totals.Prefectures)),
    ];

    /// <summary>The named file's table over the registers as accepted in the round.</summary>
    public static OpenDataTable Of(string name, ReportingRound round, RegionGrouping grouping, IAsyncEnumerable<(Prefecture Prefecture, PrefectureRegister Register)> registers) => name switch
    {
        Designations => Table(DesignationColumns, registers, (p, r) => r.Institutions.OrderBy(i => i.InstitutionCode, StringComparer.Ordinal).Select(i => (p, i))),
        Hubs => Table(HubColumns, registers, (p, r) =>
        {
            var statuses = HubActivityRule.StatusByHub(r);
            return r.Hubs.OrderBy(h => h.HubId, StringComparer.Ordinal).Select(h => (p, h, statuses[h.HubId]));
        }),
        Areas => Table(AreaColumns, registers, (p, r) => r.Areas.OrderBy(a => a.AreaId, StringComparer.Ordinal).Select(a => (p, a))),
        Totals => new OpenDataTable([.. TotalsColumns.Select(c => c.Header)], new[] { TotalsRows(round, grouping) }.ToAsyncEnumerable()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not an open-data file"),
    };

    /// <summary>The national row, then each region's, then each prefecture's, all from the accepted versions.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> TotalsRows(ReportingRound round, RegionGrouping grouping)
    {
        var rows = new List<(string, string, string, RegisterTotals)> { ("全国", "japan", "全国", round.OfficialTotals(Prefectures.All.Select(p => p.Code)).Totals) };
        rows.AddRange(grouping.Regions.Select(r => ("地方", r.Code, r.NameJa, round.OfficialTotals(r.PrefectureCodes).Totals)));
        rows.AddRange(Prefectures.All.Select(p => ("都道府県", p.Code, p.NameJa, round.OfficialTotals([p.Code]).Totals)));
        return [.. rows.Select(row => (IReadOnlyList<string>)[.. TotalsColumns.Select(c => c.Value(row))])];
    }

    private static OpenDataTable Table<TRow>(
        IReadOnlyList<OpenDataColumn<TRow>> columns,
        IAsyncEnumerable<(Prefecture Prefecture, PrefectureRegister Register)> registers,
        Func<Prefecture, PrefectureRegister, IEnumerable<TRow>> rows) =>
        new([.. columns.Select(c => c.Header)], Batches(columns, registers, rows));

    private static async IAsyncEnumerable<IReadOnlyList<IReadOnlyList<string>>> Batches<TRow>(
        IReadOnlyList<OpenDataColumn<TRow>> columns,
        IAsyncEnumerable<(Prefecture Prefecture, PrefectureRegister Register)> registers,
        Func<Prefecture, PrefectureRegister, IEnumerable<TRow>> rows)
    {
        await foreach (var (prefecture, register) in registers)
        {
            yield return [.. rows(prefecture, register).Select(row => (IReadOnlyList<string>)[.. columns.Select(c => c.Value(row))])];
        }
    }

    /// <summary>The prefecture's code and the record's own key: stable across rounds and years for the same record.</summary>
    private static string StableId(Prefecture prefecture, string key) => $"{prefecture.Code}-{key}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? Yes : No;

    /// <summary>A designation's value in a template column, written as the importer reads it.</summary>
    private static string TemplateValue(RegisterColumn column, DesignatedInstitution institution) => column switch
    {
        _ when column == RegisterColumns.InstitutionCode => institution.InstitutionCode,
        _ when column == RegisterColumns.Name => institution.Name,
        _ when column == RegisterColumns.Kind => institution.Kind.Info().LabelJa,
        _ when column == RegisterColumns.MunicipalityCode => institution.MunicipalityCode,
        _ when column == RegisterColumns.HomeCareAreaId => institution.HomeCareAreaId ?? "",
        _ when column == RegisterColumns.DischargeSupport => Flag(institution.Functions.HasFlag(HomeCareFunctions.DischargeSupport)),
        _ when column == RegisterColumns.DailyCareSupport => Flag(institution.Functions.HasFlag(HomeCareFunctions.DailyCareSupport)),
        _ when column == RegisterColumns.EmergencyResponse => Flag(institution.Functions.HasFlag(HomeCareFunctions.EmergencyResponse)),
        _ when column == RegisterColumns.EndOfLifeCare => Flag(institution.Functions.HasFlag(HomeCareFunctions.EndOfLifeCare)),
        _ when column == RegisterColumns.Provides24Hours => Flag(institution.Provides24Hours),
        _ when column == RegisterColumns.DesignatedOn => institution.DesignatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ when column == RegisterColumns.Status => institution.Status.LabelJa(),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Header, "a template column the open data does not write"),
    };
}
