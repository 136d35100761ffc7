using HomeCareNational.Domain.Reference;

namespace HomeCareNational.Domain.Register;

/// <summary>A meeting a hub held (会議).</summary>
/// <param name="HeldOn">The day it was held; within the report's fiscal year.</param>
/// <param name="Attendees">Which stakeholder categories attended.</param>
[GenerateSerializer, Immutable]
public sealed record HubMeeting(
    [property: Id(0)] DateOnly HeldOn,
    [property: Id(1)] AttendeeCategories Attendees);
