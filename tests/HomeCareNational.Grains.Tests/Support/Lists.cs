using System.Collections.Immutable;

namespace HomeCareNational.Grains.Tests.Support;

public static class Lists
{
    /// <summary>A copy of the list with the item at <paramref name="index"/> changed.</summary>
    public static ImmutableArray<T> Replace<T>(ImmutableArray<T> items, int index, Func<T, T> change) =>
        items.SetItem(index, change(items[index]));
}
