using System.Globalization;

namespace HomeCareNational.DemoData.Generation;

/// <summary>Names that no reader can mistake for a real body: every one starts with （デモ） and ends in a serial number.</summary>
internal static class DemoNames
{
    private const string Prefix = "（デモ）";

    public static string Area(Prefecture prefecture, int number, AreaUnitType unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{ShortName(prefecture)}第{number}圏域（{unit.LabelJa()}）");

    public static string Hub(Prefecture prefecture, int number, HubOperatorKind operatorKind) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{ShortName(prefecture)}在宅医療連携拠点{number:D3}（{operatorKind.LabelJa()}）");

    public static string Institution(Prefecture prefecture, InstitutionKind kind, int serial) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{ShortName(prefecture)}{KindWord(kind)}{serial:D4}");

    /// <summary>岡山県 → 岡山, as names usually drop the 都/府/県; 北海道 keeps its whole name.</summary>
    private static string ShortName(Prefecture prefecture) =>
        prefecture.NameJa.EndsWith('道') ? prefecture.NameJa : prefecture.NameJa[..^1];

    private static string KindWord(InstitutionKind kind) => kind switch
    {
        InstitutionKind.EnhancedHomeCareSupportHospital => "機能強化型在宅支援病院",
        InstitutionKind.HomeCareSupportHospital => "在宅支援病院",
        InstitutionKind.HomeCareBackupHospital => "後方支援病院",
        InstitutionKind.Hospital => "総合病院",
        InstitutionKind.EnhancedHomeCareSupportClinic => "機能強化型在宅クリニック",
        InstitutionKind.HomeCareSupportClinic => "在宅クリニック",
        InstitutionKind.Clinic => "内科医院",
        InstitutionKind.DentalClinic => "訪問歯科クリニック",
        InstitutionKind.VisitingNurseStation => "訪問看護ステーション",
        InstitutionKind.Pharmacy => "在宅薬局",
        InstitutionKind.CareManagementOffice => "居宅介護支援事業所",
        InstitutionKind.CommunityComprehensiveSupportCenter => "地域包括支援センター",
        InstitutionKind.ShortStayFacility => "ショートステイ",
        InstitutionKind.DisabilityConsultationOffice => "相談支援事業所",
        InstitutionKind.MedicalAssociation => "医師会",
        InstitutionKind.PublicHealthCenter => "保健所",
        InstitutionKind.Municipality => "町役場",
        InstitutionKind.Other => "在宅医療団体",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
