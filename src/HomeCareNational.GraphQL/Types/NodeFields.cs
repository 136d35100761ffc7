namespace HomeCareNational.GraphQL.Types;

/// <summary>Makes a graph type a <c>Node</c>, with its <c>id</c> field defined once.</summary>
internal static class NodeFields
{
    /// <param name="type">The graph type.</param>
    /// <param name="id">The global id of the object it shows (one of <see cref="NodeIds"/>).</param>
    public static void ImplementNode<TView>(this ObjectGraphType<TView> type, Func<TView, NodeId> id)
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global id, for `node(id:)`; opaque, and stable as long as the object's key and fiscal year are.")
            .Resolve(c => id(c.Source).Encode());
    }
}
