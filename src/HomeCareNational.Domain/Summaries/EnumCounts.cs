namespace HomeCareNational.Domain.Summaries;

/// <summary>Counts keyed by the values of an enumeration, every value present (zero included), so totals add up key by key.</summary>
internal static class EnumCounts
{
    /// <summary>How many of the items have each value.</summary>
    public static Dictionary<TEnum, int> Of<TEnum>(IEnumerable<TEnum> items)
        where TEnum : struct, Enum
    {
        var counted = items.CountBy(item => item).ToDictionary();
        return Enum.GetValues<TEnum>().ToDictionary(value => value, value => counted.GetValueOrDefault(value));
    }

    /// <summary>The counts added value by value; a missing value counts as zero.</summary>
    public static Dictionary<TEnum, int> Sum<TEnum>(IEnumerable<IReadOnlyDictionary<TEnum, int>> parts)
        where TEnum : struct, Enum
    {
        var list = parts.ToList();
        return Enum.GetValues<TEnum>().ToDictionary(value => value, value => list.Sum(part => part.GetValueOrDefault(value)));
    }

    /// <summary>Whether two sets of counts agree on every value.</summary>
    public static bool Same<TEnum>(IReadOnlyDictionary<TEnum, int> a, IReadOnlyDictionary<TEnum, int> b)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().All(value => a.GetValueOrDefault(value) == b.GetValueOrDefault(value));
}
