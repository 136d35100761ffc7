namespace HomeCareNational.GraphQL.Types;

/// <summary>One of the four functions home care must provide; a list of them maps to <see cref="HomeCareFunctions"/> flags.</summary>
public sealed class HomeCareFunctionEnum : EnumerationGraphType
{
    public static IReadOnlyList<HomeCareFunctions> Single { get; } =
        [HomeCareFunctions.DischargeSupport, HomeCareFunctions.DailyCareSupport, HomeCareFunctions.EmergencyResponse, HomeCareFunctions.EndOfLifeCare];

    public HomeCareFunctionEnum()
    {
        Name = "HomeCareFunction";
        Description = "One of the four functions home care must provide (在宅医療に求められる医療機能).";
        foreach (var function in Single)
        {
            Add(Constant(function), function, function.LabelJa());
        }
    }

    /// <summary>The flags as a list, in the order of the guideline.</summary>
    public static IReadOnlyList<HomeCareFunctions> Split(HomeCareFunctions functions) => [.. Single.Where(f => functions.HasFlag(f))];

    private static string Constant(HomeCareFunctions function) =>
        string.Concat(function.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
