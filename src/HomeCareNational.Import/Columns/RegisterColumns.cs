using System.Collections.Frozen;

namespace HomeCareNational.Import.Columns;

/// <summary>The columns of a prefecture's register of designated institutions, in template order: the one table the importer and the template share.</summary>
public static class RegisterColumns
{
    private static readonly ImmutableArray<string> Flags = ["○", "×"];

    public static RegisterColumn InstitutionCode { get; } = new(
        "医療機関コード", InstitutionFields.InstitutionCode, true,
        "10桁の医療機関コード。コードのない機関は都道府県が付ける ID（英字で始まる英数字と -）", "3310112345", 16, []);

    public static RegisterColumn Name { get; } = new("名称", InstitutionFields.Name, true, "医療機関・事業所の名称", "岡山在宅クリニック", 36, []);

    public static RegisterColumn Kind { get; } = new(
        "種別", InstitutionFields.Kind, true, "一覧から選ぶ", InstitutionKind.HomeCareSupportClinic.Info().LabelJa, 40,
        [.. InstitutionKinds.All.Select(k => k.LabelJa)]);

    public static RegisterColumn MunicipalityCode { get; } = new(
        "市町村コード", InstitutionFields.MunicipalityCode, true, "所在地の5桁の市町村コード（都道府県コードで始まる）", "33101", 14, []);

    public static RegisterColumn HomeCareAreaId { get; } = new(
        "圏域ID", InstitutionFields.HomeCareAreaId, false, "在宅医療の圏域の ID（登録済みの圏域）。未設定なら空欄", "kenseibu", 14, []);

    public static RegisterColumn DischargeSupport { get; } = Function(HomeCareFunctions.DischargeSupport);

    public static RegisterColumn DailyCareSupport { get; } = Function(HomeCareFunctions.DailyCareSupport);

    public static RegisterColumn EmergencyResponse { get; } = Function(HomeCareFunctions.EmergencyResponse);

    public static RegisterColumn EndOfLifeCare { get; } = Function(HomeCareFunctions.EndOfLifeCare);

    public static RegisterColumn Provides24Hours { get; } = new(
        "24時間対応", InstitutionFields.Provides24Hours, true, "24時間体制で在宅医療を提供するか: ○ か ×", "○", 12, Flags);

    public static RegisterColumn DesignatedOn { get; } = new(
        "指定日", InstitutionFields.DesignatedOn, true, "都道府県が指定した日（2024-04-01 か 2024/4/1）", "2024-04-01", 13, []);

    public static RegisterColumn Status { get; } = new(
        "状態", InstitutionFields.Status, true, "指定中 か 指定取消", DesignationStatus.Active.LabelJa(), 11,
        [.. Enum.GetValues<DesignationStatus>().Select(s => s.LabelJa())]);

    /// <summary>Every column, in the order of the template.</summary>
    public static ImmutableArray<RegisterColumn> All { get; } =
    [
        InstitutionCode, Name, Kind, MunicipalityCode, HomeCareAreaId,
        DischargeSupport, DailyCareSupport, EmergencyResponse, EndOfLifeCare, Provides24Hours,
        DesignatedOn, Status,
    ];

    /// <summary>The fields filled by exactly one column: an error about one of them is shown under its column.</summary>
    private static readonly FrozenDictionary<RecordField, RegisterColumn> BySingleField =
        All.GroupBy(c => c.Field).Where(g => g.Count() == 1).ToFrozenDictionary(g => g.Key, g => g.Single());

    /// <summary>The one column that fills <paramref name="field"/>; null when none does or several share it.</summary>
    internal static RegisterColumn? Of(RecordField field) => BySingleField.GetValueOrDefault(field);

    private static RegisterColumn Function(HomeCareFunctions function) =>
        new(function.LabelJa(), InstitutionFields.Functions, true, $"在宅医療に求められる機能「{function.LabelJa()}」を担うか: ○ か ×", "○", 12, Flags);
}
