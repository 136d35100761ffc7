namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>Whether a hub did one of its five duties, as its prefecture reports it.</summary>
public sealed class HubDutyReportInputType : InputObjectGraphType<HubDutyReport>
{
    public HubDutyReportInputType()
    {
        Name = "HubDutyReportInput";
        Description = "One of the five duties of a hub (拠点に求められる事項): done or not, with a note.";
        Field<NonNullGraphType<Types.HubDutyEnum>>("duty").Description("Which duty.");
        Field<NonNullGraphType<BooleanGraphType>>("done").Description("Whether it was done in the fiscal year.");
        Field<StringGraphType>("note").Description("What was done, or why not (at most 2,000 characters).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HubDutyReport(
        value.Required<HubDuty>("duty"),
        value.Required<bool>("done"),
        value.Optional<string>("note"));
}
