namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>A meeting a hub held, as its prefecture reports it.</summary>
public sealed class HubMeetingInputType : InputObjectGraphType<HubMeeting>
{
    public HubMeetingInputType()
    {
        Name = "HubMeetingInput";
        Description = "A meeting the hub held (会議).";
        Field<NonNullGraphType<DateOnlyGraphType>>(MeetingFields.HeldOn.Name).Description(MeetingFields.HeldOn.InputDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Types.AttendeeCategoryEnum>>>>(MeetingFields.Attendees.Name)
            .Description(MeetingFields.Attendees.InputDescription);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HubMeeting(
        value.Required<DateOnly>(MeetingFields.HeldOn.Name),
        value.Flags<AttendeeCategories>(MeetingFields.Attendees.Name));
}
