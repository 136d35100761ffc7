using System.Collections.Frozen;

namespace HomeCareNational.Domain.Reference;

/// <summary>The glossary entry of an institution kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="LabelJa">Japanese label as in the ministry's documents.</param>
/// <param name="IsClinical">A hospital or clinic (病院・診療所) under the Medical Care Act; dental clinics count.</param>
public sealed record InstitutionKindInfo(InstitutionKind Kind, string LabelJa, bool IsClinical);

/// <summary>Labels and the clinical classification of <see cref="InstitutionKind"/>, exactly as in the domain glossary.</summary>
public static class InstitutionKinds
{
    public static IReadOnlyList<InstitutionKindInfo> All { get; } =
    [
        new(InstitutionKind.EnhancedHomeCareSupportHospital, "機能強化型在宅療養支援病院", true),
        new(InstitutionKind.HomeCareSupportHospital, "在宅療養支援病院", true),
        new(InstitutionKind.HomeCareBackupHospital, "在宅療養後方支援病院", true),
        new(InstitutionKind.Hospital, "病院（上記以外）", true),
        new(InstitutionKind.EnhancedHomeCareSupportClinic, "機能強化型在宅療養支援診療所", true),
        new(InstitutionKind.HomeCareSupportClinic, "在宅療養支援診療所", true),
        new(InstitutionKind.Clinic, "診療所（上記以外）", true),
        new(InstitutionKind.DentalClinic, "歯科診療所（在宅療養支援歯科診療所を含む）", true),
        new(InstitutionKind.VisitingNurseStation, "訪問看護事業所", false),
        new(InstitutionKind.Pharmacy, "薬局", false),
        new(InstitutionKind.CareManagementOffice, "居宅介護支援事業所", false),
        new(InstitutionKind.CommunityComprehensiveSupportCenter, "地域包括支援センター", false),
        new(InstitutionKind.ShortStayFacility, "短期入所サービス提供施設", false),
        new(InstitutionKind.DisabilityConsultationOffice, "相談支援事業所", false),
        new(InstitutionKind.MedicalAssociation, "医師会等関係団体", false),
        new(InstitutionKind.PublicHealthCenter, "保健所", false),
        new(InstitutionKind.Municipality, "市町村", false),
        new(InstitutionKind.Other, "その他", false),
    ];

    private static readonly FrozenDictionary<InstitutionKind, InstitutionKindInfo> ByKind = All.ToFrozenDictionary(i => i.Kind);

    /// <summary>The glossary entry of a kind.</summary>
    public static InstitutionKindInfo Info(this InstitutionKind kind) => ByKind[kind];

    /// <summary>Whether the kind is a hospital or clinic.</summary>
    public static bool IsClinical(this InstitutionKind kind) => ByKind[kind].IsClinical;
}
