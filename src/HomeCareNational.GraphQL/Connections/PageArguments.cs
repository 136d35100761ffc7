using GraphQL.Builders;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>Declares the paging arguments of a connection field, read back by <see cref="PageRequest.From"/>.</summary>
public static class PageArguments
{
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>(
            PageRequest.FirstArgument,
            $"Page forwards: at most this many items, from the start of the list or after `after`; {PageRequest.MinSize} to {PageRequest.MaxSize}. Without `first` and `last`, the first {PageRequest.DefaultSize} items.")
        .Argument<StringGraphType>(PageRequest.AfterArgument, "Start after the item with this cursor (an edge's `cursor`, or `pageInfo.endCursor` for the next page).")
        .Argument<IntGraphType>(
            PageRequest.LastArgument,
            $"Page backwards: at most this many items, from the end of the list or before `before`; {PageRequest.MinSize} to {PageRequest.MaxSize}.")
        .Argument<StringGraphType>(PageRequest.BeforeArgument, "End before the item with this cursor (an edge's `cursor`, or `pageInfo.startCursor` for the previous page).");
}
