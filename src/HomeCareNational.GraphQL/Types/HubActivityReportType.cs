namespace HomeCareNational.GraphQL.Types;

/// <summary>What a collaboration hub did in a fiscal year.</summary>
public sealed class HubActivityReportType : ObjectGraphType<HubActivityReport>
{
    public HubActivityReportType()
    {
        Name = "HubActivityReport";
        Description = "What a collaboration hub did in the fiscal year (拠点の活動報告), as its prefecture reported it.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubMeetingType>>>>("meetings")
            .Description("Meetings held, in the order reported; empty when none.")
            .Resolve(c => c.Source.Meetings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubDutyReportType>>>>("duties")
            .Description("Each of the five duties once, done or not, in the plan's order.")
            .Resolve(c => c.Source.Duties.OrderBy(d => d.Duty).ToList());
        Field("disasterPreparednessSupport", r => r.DisasterPreparednessSupport)
            .Description("Whether the hub supported disaster preparedness (災害時及び災害に備えた体制構築への支援).");
        Field("disasterPreparednessNote", r => r.DisasterPreparednessNote, nullable: true)
            .Description("What it did for disaster preparedness; null when the prefecture gave no note.");
        Field("trainingSessions", r => r.TrainingSessions).Description("Training sessions held for medical, care and disability-welfare staff (研修).");
        Field("awarenessEvents", r => r.AwarenessEvents).Description("Awareness events held for residents (普及啓発).");
    }
}
