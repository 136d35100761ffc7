namespace HomeCareNational.GraphQL.Views;

/// <summary>A collaboration hub as its prefecture's register holds it for a fiscal year.</summary>
public sealed record HubView(string PrefectureCode, int FiscalYear, CollaborationHub Hub) : INodeView
{
    public NodeId NodeId => new(NodeTypeNames.CollaborationHub, [PrefectureCode, Hub.HubId], FiscalYear);
}
