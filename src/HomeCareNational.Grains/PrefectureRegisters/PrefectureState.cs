using System.Collections.Immutable;

namespace HomeCareNational.Grains.PrefectureRegisters;

/// <summary>Persistent state of <see cref="PrefectureGrain"/>: the fiscal years a change was ever made for.</summary>
[GenerateSerializer]
public sealed record PrefectureState
{
    /// <summary>Noted before the year's first change is stored, so a stored year is always listed; a listed year may have no register.</summary>
    [Id(0)]
    public ImmutableSortedSet<int> FiscalYears { get; init; } = [];
}
