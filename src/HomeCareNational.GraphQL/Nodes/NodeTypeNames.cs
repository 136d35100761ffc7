namespace HomeCareNational.GraphQL.Nodes;

/// <summary>The GraphQL names of the types that implement <c>Node</c>; the graph types and the ids they are named in share them.</summary>
public static class NodeTypeNames
{
    public const string National = "National";
    public const string Region = "Region";
    public const string Prefecture = "Prefecture";
    public const string DesignatedInstitution = "DesignatedInstitution";
    public const string CollaborationHub = "CollaborationHub";
    public const string HomeCareArea = "HomeCareArea";
}
