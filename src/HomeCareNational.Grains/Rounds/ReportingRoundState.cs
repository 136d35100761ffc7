using HomeCareNational.Abstractions.Rounds;

namespace HomeCareNational.Grains.Rounds;

/// <summary>Persistent state of <see cref="ReportingRoundGrain"/>.</summary>
[GenerateSerializer]
public sealed record ReportingRoundState
{
    /// <summary>The round; null until it is opened.</summary>
    [Id(0)]
    public ReportingRound? Round { get; init; }
}
