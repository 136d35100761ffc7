namespace HomeCareNational.Abstractions.History;

/// <summary>One record of a register as it was before and after an accepted change.</summary>
/// <param name="Kind">What kind of record.</param>
/// <param name="Id">Its key within the prefecture: area id, hub id, institution code, or the hub id of an activity report.</param>
/// <param name="Before">The record before, as JSON; null when the change added it.</param>
/// <param name="After">The record after, as JSON; null when the change removed it.</param>
[GenerateSerializer, Immutable]
public sealed record RecordChange(
    [property: Id(0)] RecordKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string? Before,
    [property: Id(3)] string? After);
