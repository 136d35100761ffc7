namespace HomeCareNational.Grains.Aggregates;

/// <summary>Persistent state of an aggregate grain: one <see cref="AggregateYear"/> per fiscal year.</summary>
[GenerateSerializer]
public sealed record AggregateState
{
    [Id(0)]
    public Dictionary<int, AggregateYear> Years { get; init; } = [];
}
