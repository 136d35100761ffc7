namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>A hub's activity report for a fiscal year, as its prefecture submits it.</summary>
public sealed class HubActivityReportInputType : InputObjectGraphType<HubActivityReport>
{
    public HubActivityReportInputType()
    {
        Name = "HubActivityReportInput";
        Description = "What a collaboration hub did in the fiscal year (拠点の活動報告); it decides the hub's activity status (see the README).";
        Field<NonNullGraphType<StringGraphType>>(ActivityReportFields.HubId.Name).Description(ActivityReportFields.HubId.InputDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubMeetingInputType>>>>(ActivityReportFields.Meetings.Name).Description(ActivityReportFields.Meetings.InputDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubDutyReportInputType>>>>(ActivityReportFields.Duties.Name).Description(ActivityReportFields.Duties.InputDescription);
        Field<NonNullGraphType<BooleanGraphType>>(ActivityReportFields.DisasterPreparednessSupport.Name)
            .Description(ActivityReportFields.DisasterPreparednessSupport.InputDescription);
        Field<StringGraphType>(ActivityReportFields.DisasterPreparednessNote.Name).Description(ActivityReportFields.DisasterPreparednessNote.InputDescription);
        Field<NonNullGraphType<IntGraphType>>(ActivityReportFields.TrainingSessions.Name).Description(ActivityReportFields.TrainingSessions.InputDescription);
        Field<NonNullGraphType<IntGraphType>>(ActivityReportFields.AwarenessEvents.Name).Description(ActivityReportFields.AwarenessEvents.InputDescription);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HubActivityReport(
        value.Required<string>(ActivityReportFields.HubId.Name),
        value.List<HubMeeting>(ActivityReportFields.Meetings.Name),
        value.List<HubDutyReport>(ActivityReportFields.Duties.Name),
        value.Required<bool>(ActivityReportFields.DisasterPreparednessSupport.Name),
        value.Optional<string>(ActivityReportFields.DisasterPreparednessNote.Name),
        value.Required<int>(ActivityReportFields.TrainingSessions.Name),
        value.Required<int>(ActivityReportFields.AwarenessEvents.Name));
}
