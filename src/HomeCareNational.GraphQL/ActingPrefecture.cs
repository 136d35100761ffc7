using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.Identity;

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
    public static ChangeAttribution Attribution(IResolveFieldContext context)
    {
        var caller = CallerIdentity.From(context.User!)
            ?? throw new InvalidOperationException("A mutation ran without a signed-in caller; the access rule should have refused it.");
        return new ChangeAttribution(
            caller.ObjectId, caller.DisplayName, caller.TenantId, caller.PrefectureCode, AppRoles.PrefectureEditor, caller.IsApplication, caller.ClientAppId);
    }
}
