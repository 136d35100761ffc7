namespace HomeCareNational.GraphQL.Views;

/// <summary>The nation's totals for a fiscal year.</summary>
public sealed record NationalView(int FiscalYear, TotalsSnapshot? Snapshot) : ITotalsView, INodeView
{
    public NodeId NodeId => new(NodeTypeNames.National, [], FiscalYear);
}
