namespace HomeCareNational.Abstractions.History;

/// <summary>A <see cref="RegisterEvent"/> without its record changes: what a list of revisions shows.</summary>
/// <param name="PrefectureCode">The prefecture, "01" to "47".</param>
/// <param name="FiscalYear">The fiscal year of the register.</param>
/// <param name="Version">The register's version after the change.</param>
/// <param name="At">When it was accepted.</param>
/// <param name="Operation">The mutation that made it.</param>
/// <param name="By">Who made it.</param>
/// <param name="IdempotencyKey">The client's idempotency key, if it sent one.</param>
/// <param name="Added">Records the change added.</param>
/// <param name="Altered">Records it altered.</param>
/// <param name="Removed">Records it removed.</param>
[GenerateSerializer, Immutable]
public sealed record RevisionSummary(
    [property: Id(0)] string PrefectureCode,
    [property: Id(1)] int FiscalYear,
    [property: Id(2)] long Version,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Operation,
    [property: Id(5)] ChangeAttribution By,
    [property: Id(6)] string? IdempotencyKey,
    [property: Id(7)] int Added,
    [property: Id(8)] int Altered,
    [property: Id(9)] int Removed);
