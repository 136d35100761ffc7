using HomeCareNational.Domain.Reference;

namespace HomeCareNational.Domain.Register;

/// <summary>Whether a hub did one of its five duties in the fiscal year, with a note.</summary>
/// <param name="Duty">Which duty.</param>
/// <param name="Done">Whether it was done.</param>
/// <param name="Note">What was done, or why not; optional.</param>
[GenerateSerializer, Immutable]
public sealed record HubDutyReport(
    [property: Id(0)] HubDuty Duty,
    [property: Id(1)] bool Done,
    [property: Id(2)] string? Note);
