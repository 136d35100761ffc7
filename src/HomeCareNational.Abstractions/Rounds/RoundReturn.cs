namespace HomeCareNational.Abstractions.Rounds;

/// <summary>The ministry's return (差戻し) of a submission: why, who and when.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundReturn(
    [property: Id(0)] string Comment,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] ChangeAttribution By);
