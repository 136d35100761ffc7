namespace HomeCareNational.Domain.Summaries;

/// <summary>Totals of a prefecture, region or the nation for one fiscal year, as of a change.</summary>
/// <param name="FiscalYear">The fiscal year, e.g. 2024.</param>
/// <param name="Totals">The numbers.</param>
/// <param name="Version">The number of accepted changes included: a prefecture counts its own, a region or the nation sums its members. Readers compare it to tell fresh from stale.</param>
/// <param name="AsOf">When the change that produced this version was accepted.</param>
[GenerateSerializer, Immutable]
public sealed record TotalsSnapshot(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] RegisterTotals Totals,
    [property: Id(2)] long Version,
    [property: Id(3)] DateTimeOffset AsOf);
