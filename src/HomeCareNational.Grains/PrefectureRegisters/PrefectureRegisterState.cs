using System.Collections.Immutable;

namespace HomeCareNational.Grains.PrefectureRegisters;

/// <summary>Persistent state of <see cref="PrefectureRegisterGrain"/>: one fiscal year's register and the changes recently made with a key.</summary>
[GenerateSerializer]
public sealed record PrefectureRegisterState
{
    /// <summary>The register, its version and last change; null until the first change.</summary>
    [Id(0)]
    public PrefectureYear? Year { get; init; }

    /// <summary>
    /// The latest keyed changes, newest last, stored in the same write as the change itself: a retry whose answer
    /// was lost to a crash finds its change here and gets its original success.
    /// </summary>
    [Id(1)]
    public ImmutableArray<KeyedChange> KeyedChanges { get; init; } = [];
}
