namespace HomeCareNational.Abstractions.Rounds;

/// <summary>A version of a prefecture's register as a round step froze it: its totals at that version, who and when.</summary>
/// <param name="Totals">The prefecture's totals at the version (the version is <see cref="TotalsSnapshot.Version"/>).</param>
/// <param name="At">When the step was taken.</param>
/// <param name="By">Who took it.</param>
[GenerateSerializer, Immutable]
public sealed record FrozenVersion(
    [property: Id(0)] TotalsSnapshot Totals,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] ChangeAttribution By)
{
    public long Version => Totals.Version;
}
