namespace HomeCareNational.Grains.PrefectureRegisters;

/// <summary>A change made with an idempotency key: the operation and the totals it was answered with.</summary>
[GenerateSerializer, Immutable]
public sealed record KeyedChange(
    [property: Id(0)] string IdempotencyKey,
    [property: Id(1)] string Operation,
    [property: Id(2)] TotalsSnapshot Totals);
