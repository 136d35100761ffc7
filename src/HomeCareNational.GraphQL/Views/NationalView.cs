using HomeCareNational.Abstractions.History;

namespace HomeCareNational.GraphQL.Views;

/// <summary>The nation's totals for a fiscal year.</summary>
public sealed record NationalView(int FiscalYear, TotalsSnapshot? Snapshot) : IHistoricalTotalsView, INodeView
{
    public NodeId NodeId => new(NodeTypeNames.National, [], FiscalYear);

    public TotalsScope Scope => TotalsScope.National;

    public DateTimeOffset? ReadAsOf { get; init; }
}
