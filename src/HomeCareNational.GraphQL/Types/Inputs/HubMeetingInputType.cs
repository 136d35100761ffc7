namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>A meeting a hub held, as its prefecture reports it.</summary>
public sealed class HubMeetingInputType : InputObjectGraphType<HubMeeting>
{
    public HubMeetingInputType()
    {
        Name = "HubMeetingInput";
        Description = "A meeting the hub held (会議).";
        Field<NonNullGraphType<DateOnlyGraphType>>("heldOn").Description("The day it was held; within the report's fiscal year.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Types.AttendeeCategoryEnum>>>>("attendees")
            .Description("Which stakeholder categories attended (医療, 介護, 障害福祉, 地域包括支援センター, 行政); at least one.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HubMeeting(
        value.Required<DateOnly>("heldOn"),
        value.Flags<AttendeeCategories>("attendees"));
}
