using HomeCareNational.Abstractions.History;

namespace HomeCareNational.Application.Reads.Views;

/// <summary>The nation's totals for a fiscal year.</summary>
public sealed record NationalView(int FiscalYear, TotalsSnapshot? Snapshot) : IHistoricalTotalsView
{
    public TotalsScope Scope => TotalsScope.National;

    public DateTimeOffset? ReadAsOf { get; init; }
}
