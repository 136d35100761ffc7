using System.Collections.Immutable;

namespace HomeCareNational.Domain.Edits;

/// <summary>Replaces the item with the same key in place, or appends it.</summary>
internal static class Upsert
{
    public static ImmutableArray<T> Into<T>(ImmutableArray<T> items, T item, Func<T, string> key)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (key(items[i]) == key(item))
            {
                return items.SetItem(i, item);
            }
        }

        return items.Add(item);
    }
}
