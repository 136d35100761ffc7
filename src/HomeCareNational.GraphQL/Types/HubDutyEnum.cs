namespace HomeCareNational.GraphQL.Types;

/// <summary>One of the five things the 8th plan asks of a collaboration hub.</summary>
public sealed class HubDutyEnum() : LabelledEnumerationGraphType<HubDuty>(
    "HubDuty",
    "One of the five things the 8th medical plan asks of a collaboration hub (拠点に求められる事項), in the plan's order.",
    duty => duty switch
    {
        HubDuty.StakeholderMeetings => "1. Regular meetings of medical, long-term-care and disability-welfare stakeholders: grasp provision, extract issues (disaster response included), consider countermeasures.",
        HubDuty.ServiceCoordination => "2. Grasp where services are and what they do; coordinate with 地域包括支援センター and disability consultation offices, from discharge to end of life.",
        HubDuty.RoundTheClockResponse => "3. Response to sudden deterioration, 24-hour provision, information sharing among professions.",
        HubDuty.StaffTraining => "4. Training of medical, care and disability-welfare staff.",
        HubDuty.PublicAwareness => "5. Raising residents' awareness (普及啓発).",
        _ => throw new ArgumentOutOfRangeException(nameof(duty), duty, null),
    });
