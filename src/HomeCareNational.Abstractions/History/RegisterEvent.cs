using System.Collections.Immutable;

namespace HomeCareNational.Abstractions.History;

/// <summary>
/// One accepted change of a prefecture's register for a fiscal year, as stored in the append-only history:
/// who, when, what, every record before and after, and the client's idempotency key.
/// </summary>
/// <param name="PrefectureCode">The prefecture, "01" to "47".</param>
/// <param name="FiscalYear">The fiscal year of the register.</param>
/// <param name="Version">The register's version after the change: 1 for the first, then one more per accepted change.</param>
/// <param name="At">When it was accepted.</param>
/// <param name="Operation">The mutation that made it, e.g. "addDesignation" or "importDesignations".</param>
/// <param name="By">Who made it.</param>
/// <param name="IdempotencyKey">The client's idempotency key, if it sent one.</param>
/// <param name="Changes">Every record the change added, altered or removed.</param>
[GenerateSerializer, Immutable]
public sealed record RegisterEvent(
    [property: Id(0)] string PrefectureCode,
    [property: Id(1)] int FiscalYear,
    [property: Id(2)] long Version,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Operation,
    [property: Id(5)] ChangeAttribution By,
    [property: Id(6)] string? IdempotencyKey,
    [property: Id(7)] ImmutableArray<RecordChange> Changes)
{
    /// <summary>The event without its record changes, as revision lists show it.</summary>
    public RevisionSummary Summary() => new(
        PrefectureCode, FiscalYear, Version, At, Operation, By, IdempotencyKey,
        Changes.Count(c => c.Before is null), Changes.Count(c => c.Before is not null && c.After is not null), Changes.Count(c => c.After is null));
}
