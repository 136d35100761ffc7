namespace HomeCareNational.Domain.Reference;

/// <summary>The five things the 8th plan asks of a hub (拠点に求められる事項), in the plan's order.</summary>
public enum HubDuty
{
    /// <summary>1. Regular meetings of medical, care and disability-welfare stakeholders (課題の抽出・対応策の検討).</summary>
    StakeholderMeetings,

    /// <summary>2. Grasp the services and coordinate with 地域包括支援センター and consultation offices (退院から看取りまで).</summary>
    ServiceCoordination,

    /// <summary>3. Response to sudden deterioration, 24-hour provision and information sharing among professions.</summary>
    RoundTheClockResponse,

    /// <summary>4. Training of medical, care and disability-welfare staff.</summary>
    StaffTraining,

    /// <summary>5. Raising residents' awareness (普及啓発).</summary>
    PublicAwareness,
}
