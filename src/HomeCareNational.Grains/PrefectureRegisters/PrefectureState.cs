namespace HomeCareNational.Grains.PrefectureRegisters;

/// <summary>Persistent state of <see cref="PrefectureGrain"/>: one register per fiscal year.</summary>
[GenerateSerializer]
public sealed record PrefectureState
{
    [Id(0)]
    public Dictionary<int, PrefectureYear> Years { get; init; } = [];
}
