using System.Reflection;

namespace HomeCareNational.Domain.Tests.Summaries;

/// <summary>
/// RegisterTotals' equality and Sum list its properties by hand; a property one of them misses would make the start-up
/// recount take changed totals for unchanged ones, or lose a count in the national sum. Reflection finds every property.
/// </summary>
public sealed class RegisterTotalsCoverageTests
{
    private static readonly PropertyInfo[] Properties = typeof(RegisterTotals).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static readonly DesignationTotals TwoDesignations =
        DesignationTotals.Of([Samples.Institution(1, InstitutionKind.Clinic), Samples.Institution(2, InstitutionKind.Pharmacy)]);

    public static TheoryData<string> PropertyNames => [.. Properties.Select(p => p.Name)];

    [Fact]
    public void Every_property_is_a_stored_one()
    {
        Assert.All(Properties, p => Assert.NotNull(p.GetCustomAttribute<IdAttribute>()));
    }

    [Theory]
    [MemberData(nameof(PropertyNames))]
    public void Totals_that_differ_only_in_one_property_are_unequal(string property)
    {
        var totals = Sample(1);
        var changed = With(totals, property, Bumped(Property(property).GetValue(totals)!));

        Assert.NotEqual(totals, changed);
        Assert.Equal(totals, With(totals, property, Property(property).GetValue(totals)));
    }

    [Theory]
    [MemberData(nameof(PropertyNames))]
    public void Sum_adds_every_property(string property)
    {
        var (one, other) = (Sample(1), Sample(10));

        var sum = RegisterTotals.Sum([one, other]);

        var get = Property(property);
        Assert.Equal(Added(get.GetValue(one)!, get.GetValue(other)!), get.GetValue(sum));
    }

    [Fact]
    public void Review_totals_sum_every_count()
    {
        var (one, other) = (new ReviewTotals(1, 2, 3, 4, 5), new ReviewTotals(10, 20, 30, 40, 50));

        var sum = ReviewTotals.Sum([one, other]);

        Assert.All(
            typeof(ReviewTotals).GetProperties().Where(p => p.GetCustomAttribute<IdAttribute>() is not null),
            p => Assert.Equal((int)p.GetValue(one)! + (int)p.GetValue(other)!, p.GetValue(sum)));
    }

    private static PropertyInfo Property(string name) => Properties.Single(p => p.Name == name);

    /// <summary>Totals with every count set, each to a different multiple of <paramref name="scale"/>.</summary>
    private static RegisterTotals Sample(int scale) => new(
        DesignationTotals.Sum(Enumerable.Repeat(TwoDesignations, scale)),
        2 * scale,
        3 * scale,
        4 * scale,
        Counts<HubOperatorKind>(5 * scale),
        6 * scale,
        7 * scale,
        Counts<PlanIndicator>(8 * scale),
        Counts<HubActivityStatus>(9 * scale),
        10 * scale,
        new ReviewTotals(11 * scale, 12 * scale, 13 * scale, 14 * scale, 15 * scale));

    private static Dictionary<TEnum, int> Counts<TEnum>(int first)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select((value, i) => (value, i)).ToDictionary(x => x.value, x => first + x.i);

    private static RegisterTotals With(RegisterTotals totals, string property, object? value)
    {
        var copy = (RegisterTotals)typeof(RegisterTotals).GetMethod("<Clone>$")!.Invoke(totals, null)!;
        Property(property).SetValue(copy, value);
        return copy;
    }

    private static object Bumped(object value) => value switch
    {
        int count => count + 1,
        DesignationTotals designations => DesignationTotals.Sum([designations, DesignationTotals.Of([Samples.Institution(3, InstitutionKind.Clinic)])]),
        ReviewTotals review => review with { Kept = review.Kept + 1 },
        IReadOnlyDictionary<HubOperatorKind, int> counts => BumpedFirst(counts),
        IReadOnlyDictionary<PlanIndicator, int> counts => BumpedFirst(counts),
        IReadOnlyDictionary<HubActivityStatus, int> counts => BumpedFirst(counts),
        _ => throw new InvalidOperationException($"A RegisterTotals property of type {value.GetType()} needs a case in this test."),
    };

    private static object Added(object one, object other) => (one, other) switch
    {
        (int a, int b) => a + b,
        (DesignationTotals a, DesignationTotals b) => DesignationTotals.Sum([a, b]),
        (ReviewTotals a, ReviewTotals b) => ReviewTotals.Sum([a, b]),
        (IReadOnlyDictionary<HubOperatorKind, int> a, IReadOnlyDictionary<HubOperatorKind, int> b) => AddedByKey(a, b),
        (IReadOnlyDictionary<PlanIndicator, int> a, IReadOnlyDictionary<PlanIndicator, int> b) => AddedByKey(a, b),
        (IReadOnlyDictionary<HubActivityStatus, int> a, IReadOnlyDictionary<HubActivityStatus, int> b) => AddedByKey(a, b),
        _ => throw new InvalidOperationException($"A RegisterTotals property of type {one.GetType()} needs a case in this test."),
    };

    private static Dictionary<TEnum, int> BumpedFirst<TEnum>(IReadOnlyDictionary<TEnum, int> counts)
        where TEnum : struct, Enum =>
        counts.ToDictionary(c => c.Key, c => EqualityComparer<TEnum>.Default.Equals(c.Key, Enum.GetValues<TEnum>()[0]) ? c.Value + 1 : c.Value);

    private static Dictionary<TEnum, int> AddedByKey<TEnum>(IReadOnlyDictionary<TEnum, int> a, IReadOnlyDictionary<TEnum, int> b)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(value => value, value => a[value] + b[value]);
}
