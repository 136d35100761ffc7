using HomeCareNational.GraphQL.Authorization;

namespace HomeCareNational.GraphQL;

/// <summary>
/// The prefecture a mutation acts for, and who acts. The <c>prefecture</c> argument names it; the
/// <see cref="AccessValidationRule"/> has already refused the document unless the caller is that prefecture's editor.
/// </summary>
public static class ActingPrefecture
{
    public const string ArgumentName = "prefecture";

    public static Prefecture Of(IResolveFieldContext context) => TotalsReader.FindPrefecture(context.GetArgument<string>(ArgumentName));

    /// <summary>The caller as the change is recorded.</summary>
    public static ChangeAttribution Attribution(IResolveFieldContext context) => CallerAttribution.Of(context.User!);
}
