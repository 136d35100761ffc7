namespace HomeCareNational.GraphQL.Types;

/// <summary>A meeting a collaboration hub held.</summary>
public sealed class HubMeetingType : ObjectGraphType<HubMeeting>
{
    public HubMeetingType()
    {
        Name = "HubMeeting";
        Description = "A meeting a collaboration hub held (会議), with who attended.";
        Field<NonNullGraphType<DateOnlyGraphType>>(MeetingFields.HeldOn.Name).Description(MeetingFields.HeldOn.Description).Resolve(c => c.Source.HeldOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendeeCategoryEnum>>>>(MeetingFields.Attendees.Name)
            .Description(MeetingFields.Attendees.Description)
            .Resolve(c => AttendeeCategoryEnum.Split(c.Source.Attendees));
    }
}
