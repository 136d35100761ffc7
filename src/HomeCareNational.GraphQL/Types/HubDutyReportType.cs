namespace HomeCareNational.GraphQL.Types;

/// <summary>Whether a collaboration hub did one of its five duties.</summary>
public sealed class HubDutyReportType : ObjectGraphType<HubDutyReport>
{
    public HubDutyReportType()
    {
        Name = "HubDutyReport";
        Description = "Whether a collaboration hub did one of its five duties (拠点に求められる事項) in the fiscal year.";
        Field<NonNullGraphType<HubDutyEnum>>(DutyFields.Duty.Name).Description(DutyFields.Duty.Description).Resolve(c => c.Source.Duty);
        Field(DutyFields.Done.Name, d => d.Done).Description(DutyFields.Done.Description);
        Field(DutyFields.Note.Name, d => d.Note, nullable: true).Description(DutyFields.Note.Description);
    }
}
