namespace HomeCareNational.GraphQL.Nodes;

/// <summary>An object of the API that can be fetched again by its global id (<c>node(id:)</c>).</summary>
public interface INodeView
{
    NodeId NodeId { get; }
}
