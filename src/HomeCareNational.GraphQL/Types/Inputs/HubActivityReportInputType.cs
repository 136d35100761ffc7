namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>A hub's activity report for a fiscal year, as its prefecture submits it.</summary>
public sealed class HubActivityReportInputType : InputObjectGraphType<HubActivityReport>
{
    public HubActivityReportInputType()
    {
        Name = "HubActivityReportInput";
        Description = "What a collaboration hub did in the fiscal year (拠点の活動報告); it decides the hub's activity status (see the README).";
        Field<NonNullGraphType<StringGraphType>>("hubId").Description("The hub reported on; a hub of the fiscal year's register.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubMeetingInputType>>>>("meetings").Description("Meetings held (at most 500).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubDutyReportInputType>>>>("duties").Description("Each of the five duties exactly once.");
        Field<NonNullGraphType<BooleanGraphType>>("disasterPreparednessSupport")
            .Description("Whether the hub supported disaster preparedness (災害時及び災害に備えた体制構築への支援).");
        Field<StringGraphType>("disasterPreparednessNote").Description("What it did for disaster preparedness (at most 2,000 characters).");
        Field<NonNullGraphType<IntGraphType>>("trainingSessions").Description("Training sessions held (研修), 0 to 10,000.");
        Field<NonNullGraphType<IntGraphType>>("awarenessEvents").Description("Awareness events for residents held (普及啓発), 0 to 10,000.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HubActivityReport(
        value.Required<string>("hubId"),
        value.List<HubMeeting>("meetings"),
        value.List<HubDutyReport>("duties"),
        value.Required<bool>("disasterPreparednessSupport"),
        value.Optional<string>("disasterPreparednessNote"),
        value.Required<int>("trainingSessions"),
        value.Required<int>("awarenessEvents"));
}
