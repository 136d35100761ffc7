using GraphQL.Types.Relay;

namespace HomeCareNational.GraphQL.Types;

/// <summary>A page of a list (a Relay connection), on graphql-dotnet's connection type, with every count and list non-null.</summary>
public sealed class PageConnectionType<TNodeType> : ConnectionType<TNodeType, PageEdgeType<TNodeType>>
    where TNodeType : IGraphType
{
    public PageConnectionType()
    {
        Description = $"One page of a list of {typeof(TNodeType).GraphQLName()}, with the cursors to page through it (a Relay connection).";
        var totalCount = GetField("totalCount")!;
        totalCount.Type = typeof(NonNullGraphType<IntGraphType>);
        totalCount.Description = "How many items the whole list holds, filters applied, across all pages.";
        var edges = GetField("edges")!;
        edges.Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<PageEdgeType<TNodeType>>>>);
        edges.Description = "The page's items with their cursors, in the list's order.";
        var items = GetField("items")!;
        items.Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>);
        items.Description = "The page's items without cursors, in the list's order.";
    }
}
