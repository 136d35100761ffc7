namespace HomeCareNational.GraphQL.Types;

/// <summary>What a collaboration hub did in a fiscal year.</summary>
public sealed class HubActivityReportType : ObjectGraphType<HubActivityReport>
{
    public HubActivityReportType()
    {
        Name = "HubActivityReport";
        Description = "What a collaboration hub did in the fiscal year (拠点の活動報告), as its prefecture reported it.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubMeetingType>>>>(ActivityReportFields.Meetings.Name)
            .Description(ActivityReportFields.Meetings.Description)
            .Resolve(c => c.Source.Meetings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubDutyReportType>>>>(ActivityReportFields.Duties.Name)
            .Description(ActivityReportFields.Duties.Description)
            .Resolve(c => c.Source.Duties.OrderBy(d => d.Duty).ToList());
        Field(ActivityReportFields.DisasterPreparednessSupport.Name, r => r.DisasterPreparednessSupport)
            .Description(ActivityReportFields.DisasterPreparednessSupport.Description);
        Field(ActivityReportFields.DisasterPreparednessNote.Name, r => r.DisasterPreparednessNote, nullable: true)
            .Description(ActivityReportFields.DisasterPreparednessNote.Description);
        Field(ActivityReportFields.TrainingSessions.Name, r => r.TrainingSessions).Description(ActivityReportFields.TrainingSessions.Description);
        Field(ActivityReportFields.AwarenessEvents.Name, r => r.AwarenessEvents).Description(ActivityReportFields.AwarenessEvents.Description);
    }
}
