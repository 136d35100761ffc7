namespace HomeCareNational.GraphQL.Types;

/// <summary>Whether a collaboration hub did one of its five duties.</summary>
public sealed class HubDutyReportType : ObjectGraphType<HubDutyReport>
{
    public HubDutyReportType()
    {
        Name = "HubDutyReport";
        Description = "Whether a collaboration hub did one of its five duties (拠点に求められる事項) in the fiscal year.";
        Field<NonNullGraphType<HubDutyEnum>>("duty").Description("Which duty.").Resolve(c => c.Source.Duty);
        Field("done", d => d.Done).Description("Whether the hub did it.");
        Field("note", d => d.Note, nullable: true).Description("What was done, or why not; null when the prefecture gave no note.");
    }
}
