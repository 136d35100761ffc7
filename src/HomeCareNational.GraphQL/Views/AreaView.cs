namespace HomeCareNational.GraphQL.Views;

/// <summary>A home-care area as its prefecture's register holds it for a fiscal year.</summary>
public sealed record AreaView(string PrefectureCode, int FiscalYear, HomeCareArea Area) : INodeView
{
    public NodeId NodeId => new(NodeTypeNames.HomeCareArea, [PrefectureCode, Area.AreaId], FiscalYear);
}
