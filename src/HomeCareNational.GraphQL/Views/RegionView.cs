using HomeCareNational.Abstractions.History;

namespace HomeCareNational.GraphQL.Views;

/// <summary>A region's totals for a fiscal year.</summary>
public sealed record RegionView(Region Region, int FiscalYear, TotalsSnapshot? Snapshot) : IHistoricalTotalsView, INodeView
{
    public NodeId NodeId => new(NodeTypeNames.Region, [Region.Code], FiscalYear);

    public TotalsScope Scope => TotalsScope.Region(Region.Code);

    public DateTimeOffset? ReadAsOf { get; init; }
}
