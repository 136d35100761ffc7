namespace HomeCareNational.Domain.Summaries;

/// <summary>
/// The indicators of the plan guidance (domain glossary) that a register can count. Each counts designated
/// institutions in force only; see <see cref="PlanIndicators"/> for what exactly, and why the others are missing.
/// </summary>
public enum PlanIndicator
{
    /// <summary>在宅療養後方支援病院数</summary>
    HomeCareBackupHospitals,

    /// <summary>在宅療養支援病院数 (機能強化型 included)</summary>
    HomeCareSupportHospitals,

    /// <summary>在宅看取りを実施している診療所・病院数</summary>
    HospitalsAndClinicsProvidingEndOfLifeCare,

    /// <summary>24時間体制を取っている訪問看護ステーション数</summary>
    VisitingNurseStationsAroundTheClock,
}
