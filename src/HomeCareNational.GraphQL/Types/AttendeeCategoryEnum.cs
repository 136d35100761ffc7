using HomeCareNational.Domain.Validation;

namespace HomeCareNational.GraphQL.Types;

/// <summary>One category of stakeholder at a hub's meeting; a list of them maps to <see cref="AttendeeCategories"/> flags.</summary>
public sealed class AttendeeCategoryEnum : EnumerationGraphType
{
    public static IReadOnlyList<AttendeeCategories> Single { get; } =
    [
        AttendeeCategories.Medical,
        AttendeeCategories.LongTermCare,
        AttendeeCategories.DisabilityWelfare,
        AttendeeCategories.CommunityComprehensiveSupportCenter,
        AttendeeCategories.Government,
    ];

    public AttendeeCategoryEnum()
    {
        Name = "AttendeeCategory";
        Description = "One category of stakeholder that attended a hub's meeting (会議の参加者).";
        foreach (var category in Single)
        {
            Add(Constant(category), category, category.LabelJa());
        }
    }

    /// <summary>The flags as a list, in glossary order.</summary>
    public static IReadOnlyList<AttendeeCategories> Split(AttendeeCategories categories) => [.. Single.Where(c => categories.HasFlag(c))];

    /// <summary>The list as flags; none for an empty list.</summary>
    /// <exception cref="DuplicateValueException">A category is listed twice.</exception>
    public static AttendeeCategories Combine(IEnumerable<AttendeeCategories> categories) => FlagSet.Combine(categories, "attendees");

    private static string Constant(AttendeeCategories category) =>
        string.Concat(category.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
