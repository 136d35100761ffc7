using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Summaries;

/// <summary>The glossary entry of a plan indicator and the designations it counts.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="LabelJa">Its name in the plan guidance.</param>
/// <param name="Basis">What the service counts for it, in words.</param>
/// <param name="Counts">Whether a designation in force counts towards it.</param>
public sealed record PlanIndicatorInfo(PlanIndicator Indicator, string LabelJa, string Basis, Func<DesignatedInstitution, bool> Counts);

/// <summary>
/// How the plan indicators the register supports are counted. The plan counts every such institution in the
/// prefecture; the register holds only the designated ones, so each value is the designated part of the indicator
/// (at most the plan's figure). The remaining indicators of the guidance need data the register does not hold:
/// 機能強化型訪問看護ステーション (no such kind), 在宅療養支援歯科診療所 (the dental kind does not tell them from other
/// dental clinics), 訪問歯科診療 and 訪問薬剤指導 (no activity recorded), 退院支援ルール (not recorded per area).
/// </summary>
public static class PlanIndicators
{
    public static IReadOnlyList<PlanIndicatorInfo> All { get; } =
    [
        new(
            PlanIndicator.HomeCareBackupHospitals,
            "在宅療養後方支援病院数",
            "Designations in force of kind HomeCareBackupHospital.",
            i => i.Kind == InstitutionKind.HomeCareBackupHospital),
        new(
            PlanIndicator.HomeCareSupportHospitals,
            "在宅療養支援病院数",
            "Designations in force of kind HomeCareSupportHospital or EnhancedHomeCareSupportHospital.",
            i => i.Kind is InstitutionKind.HomeCareSupportHospital or InstitutionKind.EnhancedHomeCareSupportHospital),
        new(
            PlanIndicator.HospitalsAndClinicsProvidingEndOfLifeCare,
            "在宅看取りを実施している診療所・病院数",
            "Designations in force of a hospital or clinic kind (dental clinics excluded) whose functions include end-of-life care (看取り).",
            i => i.Kind.IsClinical() && i.Kind != InstitutionKind.DentalClinic && i.Functions.HasFlag(HomeCareFunctions.EndOfLifeCare)),
        new(
            PlanIndicator.VisitingNurseStationsAroundTheClock,
            "24時間体制を取っている訪問看護ステーション数",
            "Designations in force of kind VisitingNurseStation that provide home care around the clock.",
            i => i.Kind == InstitutionKind.VisitingNurseStation && i.Provides24Hours),
    ];

    /// <summary>The glossary entry of an indicator.</summary>
    public static PlanIndicatorInfo Info(this PlanIndicator indicator) => All.Single(i => i.Indicator == indicator);

    /// <summary>The value of every indicator for a list of designations; withdrawn designations do not count.</summary>
    public static Dictionary<PlanIndicator, int> Count(IEnumerable<DesignatedInstitution> institutions)
    {
        var active = institutions.Where(i => i.Status == DesignationStatus.Active).ToList();
        return All.ToDictionary(info => info.Indicator, info => active.Count(info.Counts));
    }
}
