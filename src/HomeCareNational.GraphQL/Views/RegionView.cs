namespace HomeCareNational.GraphQL.Views;

/// <summary>A region's totals for a fiscal year.</summary>
public sealed record RegionView(Region Region, int FiscalYear, TotalsSnapshot? Snapshot) : ITotalsView, INodeView
{
    public NodeId NodeId => new(NodeTypeNames.Region, [Region.Code], FiscalYear);
}
