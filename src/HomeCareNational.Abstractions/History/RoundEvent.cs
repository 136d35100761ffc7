namespace HomeCareNational.Abstractions.History;

/// <summary>One step of a fiscal year's reporting round, as the append-only round history keeps it.</summary>
/// <param name="FiscalYear">The round's fiscal year.</param>
/// <param name="Version">The round's version after the step: 1 for opening, then one more per step.</param>
/// <param name="At">When it was taken.</param>
/// <param name="Operation">The step, one of <see cref="Rounds.RoundOperations"/>.</param>
/// <param name="By">Who took it.</param>
/// <param name="IdempotencyKey">The client's idempotency key, if it sent one.</param>
/// <param name="PrefectureCodes">The prefectures the step was about (none for opening, extending and closing).</param>
/// <param name="Detail">What the step said: the dates, the version submitted or accepted, the return's comment.</param>
[GenerateSerializer, Immutable]
public sealed record RoundEvent(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] long Version,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Operation,
    [property: Id(4)] ChangeAttribution By,
    [property: Id(5)] string? IdempotencyKey,
    [property: Id(6)] System.Collections.Immutable.ImmutableArray<string> PrefectureCodes,
    [property: Id(7)] string Detail);
