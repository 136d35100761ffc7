namespace HomeCareNational.GraphQL.Views;

/// <summary>A prefecture's totals for a fiscal year.</summary>
public sealed record PrefectureView(Prefecture Prefecture, Region Region, int FiscalYear, TotalsSnapshot? Snapshot) : ITotalsView, IPrefectureScoped, INodeView
{
    public string PrefectureCode => Prefecture.Code;

    public NodeId NodeId => new(NodeTypeNames.Prefecture, [Prefecture.Code], FiscalYear);
}
