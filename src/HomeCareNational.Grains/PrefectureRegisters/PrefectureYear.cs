namespace HomeCareNational.Grains.PrefectureRegisters;

/// <summary>A prefecture's register for one fiscal year, the version of its last accepted change and who made it.</summary>
[GenerateSerializer, Immutable]
public sealed record PrefectureYear(
    [property: Id(0)] PrefectureRegister Register,
    [property: Id(1)] long Version,
    [property: Id(2)] DateTimeOffset ChangedAt)
{
    /// <summary>The latest accepted change; the history holds all of them.</summary>
    [Id(3)]
    public RegisterChange? LastChange { get; init; }

    public TotalsSnapshot Snapshot(int fiscalYear) => new(fiscalYear, RegisterTotals.Of(Register), Version, ChangedAt);
}
