namespace HomeCareNational.Grains.Tests.Support;

public static class Lists
{
    /// <summary>A copy of the list with the item at <paramref name="index"/> changed.</summary>
    public static List<T> Replace<T>(IReadOnlyList<T> items, int index, Func<T, T> change) =>
        items.Select((item, i) => i == index ? change(item) : item).ToList();
}
