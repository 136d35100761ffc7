using System.Collections.Immutable;

namespace HomeCareNational.Grains.PrefectureRegisters;

/// <summary>A prefecture's register for one fiscal year, the version of its last accepted change and who made each change.</summary>
[GenerateSerializer, Immutable]
public sealed record PrefectureYear(
    [property: Id(0)] PrefectureRegister Register,
    [property: Id(1)] long Version,
    [property: Id(2)] DateTimeOffset ChangedAt)
{
    /// <summary>Every accepted change, oldest first.</summary>
    [Id(3)]
    public ImmutableArray<RegisterChange> Changes { get; init; } = [];

    public TotalsSnapshot Snapshot(int fiscalYear) => new(fiscalYear, RegisterTotals.Of(Register), Version, ChangedAt);
}
