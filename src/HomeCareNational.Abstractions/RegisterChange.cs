namespace HomeCareNational.Abstractions;

/// <summary>The latest accepted change of a prefecture's register for a fiscal year.</summary>
/// <param name="Version">The prefecture's version after the change.</param>
/// <param name="At">When it was accepted.</param>
/// <param name="Operation">The mutation that made it, e.g. "addDesignation".</param>
/// <param name="By">Who made it.</param>
[GenerateSerializer, Immutable]
public sealed record RegisterChange(
    [property: Id(0)] long Version,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Operation,
    [property: Id(3)] ChangeAttribution By);
