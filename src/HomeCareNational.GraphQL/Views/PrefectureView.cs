using HomeCareNational.Abstractions.History;

namespace HomeCareNational.GraphQL.Views;

/// <summary>A prefecture's totals for a fiscal year.</summary>
public sealed record PrefectureView(Prefecture Prefecture, Region Region, int FiscalYear, TotalsSnapshot? Snapshot) : IHistoricalTotalsView, IPrefectureScoped, INodeView
{
    public string PrefectureCode => Prefecture.Code;

    public NodeId NodeId => new(NodeTypeNames.Prefecture, [Prefecture.Code], FiscalYear);

    public TotalsScope Scope => TotalsScope.Prefecture(Prefecture.Code);

    public DateTimeOffset? ReadAsOf { get; init; }
}
