namespace HomeCareNational.GraphQL.Types;

/// <summary>Makes a graph type a <c>Node</c>, with its <c>id</c> field defined once.</summary>
internal static class NodeFields
{
    public static void ImplementNode<TView>(this ObjectGraphType<TView> type)
        where TView : INodeView
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global id, for `node(id:)`; opaque, and stable as long as the object's key and fiscal year are.")
            .Resolve(c => c.Source.NodeId.Encode());
    }
}
