namespace HomeCareNational.GraphQL.Connections;

/// <summary>Sorts the items of a connection into a total order, so that pages never overlap or skip.</summary>
public static class Ordering
{
    /// <summary>Sorts by <paramref name="by"/> in <paramref name="direction"/>; items that compare equal go by key, ascending.</summary>
    public static IReadOnlyList<T> Sorted<T>(IEnumerable<T> items, Comparison<T> by, SortDirection direction, Func<T, string> key)
    {
        var sorted = direction == SortDirection.Ascending
            ? items.OrderBy(item => item, Comparer<T>.Create(by))
            : items.OrderByDescending(item => item, Comparer<T>.Create(by));
        return [.. sorted.ThenBy(key, StringComparer.Ordinal)];
    }
}
