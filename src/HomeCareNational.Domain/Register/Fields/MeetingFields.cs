using System.Collections.Immutable;

namespace HomeCareNational.Domain.Register;

/// <summary>The fields of <see cref="HubMeeting"/>.</summary>
public static class MeetingFields
{
    public static RecordField HeldOn { get; } = new(
        "heldOn", "The day it was held, within the report's fiscal year.", "The day it was held; within the report's fiscal year.");

    public static RecordField Attendees { get; } = new(
        "attendees",
        "Which categories of stakeholder attended, in glossary order (医療, 介護, 障害福祉, 地域包括支援センター, 行政).",
        "Which stakeholder categories attended (医療, 介護, 障害福祉, 地域包括支援センター, 行政); at least one.");

    /// <summary>Every field, in the record's order.</summary>
    public static ImmutableArray<RecordField> All { get; } = [HeldOn, Attendees];
}
