namespace HomeCareNational.GraphQL.Types;

/// <summary>A meeting a collaboration hub held.</summary>
public sealed class HubMeetingType : ObjectGraphType<HubMeeting>
{
    public HubMeetingType()
    {
        Name = "HubMeeting";
        Description = "A meeting a collaboration hub held (会議), with who attended.";
        Field<NonNullGraphType<DateOnlyGraphType>>("heldOn").Description("The day it was held, within the report's fiscal year.").Resolve(c => c.Source.HeldOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendeeCategoryEnum>>>>("attendees")
            .Description("Which categories of stakeholder attended, in glossary order (医療, 介護, 障害福祉, 地域包括支援センター, 行政).")
            .Resolve(c => AttendeeCategoryEnum.Split(c.Source.Attendees));
    }
}
