namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>Whether a hub did one of its five duties, as its prefecture reports it.</summary>
public sealed class HubDutyReportInputType : InputObjectGraphType<HubDutyReport>
{
    public HubDutyReportInputType()
    {
        Name = "HubDutyReportInput";
        Description = "One of the five duties of a hub (拠点に求められる事項): done or not, with a note.";
        Field<NonNullGraphType<Types.HubDutyEnum>>(DutyFields.Duty.Name).Description(DutyFields.Duty.InputDescription);
        Field<NonNullGraphType<BooleanGraphType>>(DutyFields.Done.Name).Description(DutyFields.Done.InputDescription);
        Field<StringGraphType>(DutyFields.Note.Name).Description(DutyFields.Note.InputDescription);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HubDutyReport(
        value.Required<HubDuty>(DutyFields.Duty.Name),
        value.Required<bool>(DutyFields.Done.Name),
        value.Optional<string>(DutyFields.Note.Name));
}
