using GraphQL.Types.Relay;

namespace HomeCareNational.GraphQL.Types;

/// <summary>One item of a page and its cursor, on graphql-dotnet's edge type, the item non-null.</summary>
public sealed class PageEdgeType<TNodeType> : EdgeType<TNodeType>
    where TNodeType : IGraphType
{
    public PageEdgeType()
    {
        Description = $"One {typeof(TNodeType).GraphQLName()} of a page, and its cursor.";
        var cursor = GetField("cursor")!;
        cursor.Description = "Where the item stands in the list: pass it as `after` or `before` to page from here. Opaque.";
        var node = GetField("node")!;
        node.Type = typeof(NonNullGraphType<TNodeType>);
        node.Description = "The item.";
    }
}
