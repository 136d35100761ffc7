namespace HomeCareNational.Grains.PrefectureRegisters;

/// <summary>A prefecture's register for one fiscal year and the version of its last accepted change.</summary>
[GenerateSerializer, Immutable]
public sealed record PrefectureYear(
    [property: Id(0)] PrefectureRegister Register,
    [property: Id(1)] long Version,
    [property: Id(2)] DateTimeOffset ChangedAt)
{
    public TotalsSnapshot Snapshot(int fiscalYear) => new(fiscalYear, RegisterTotals.Of(Register), Version, ChangedAt);
}
