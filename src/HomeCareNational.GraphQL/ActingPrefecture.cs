using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL;

/// <summary>
/// Decides which prefecture a mutation acts for. This is the one place that decision is made: for now it is
/// the <c>prefecture</c> argument; once callers are signed in it will be checked against their identity.
/// </summary>
public static class ActingPrefecture
{
    public const string ArgumentName = "prefecture";

    public static Prefecture Of(IResolveFieldContext context) => TotalsReader.FindPrefecture(context.GetArgument<string>(ArgumentName));
}
