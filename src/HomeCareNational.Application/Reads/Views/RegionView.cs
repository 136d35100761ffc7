using HomeCareNational.Abstractions.History;

namespace HomeCareNational.Application.Reads.Views;

/// <summary>A region's totals for a fiscal year.</summary>
public sealed record RegionView(Region Region, int FiscalYear, TotalsSnapshot? Snapshot) : IHistoricalTotalsView
{
    public TotalsScope Scope => TotalsScope.Region(Region.Code);

    public DateTimeOffset? ReadAsOf { get; init; }
}
