using System.Security.Claims;
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
    public static ChangeAttribution Attribution(IResolveFieldContext context) => Attribution(context.User!);

    /// <summary>
    /// The signed-in <paramref name="user"/> as a change they make for their prefecture is recorded; shared by the
    /// mutations and the HTTP import, which have both already required <see cref="AccessPolicies.PrefectureWrite"/>.
    /// </summary>
    public static ChangeAttribution Attribution(ClaimsPrincipal user) => Attribution(user, AppRoles.PrefectureEditor);

    /// <summary>The signed-in <paramref name="user"/> as a step they take in the <paramref name="role"/> the field's policy required is recorded.</summary>
    public static ChangeAttribution Attribution(ClaimsPrincipal user, string role)
    {
        var caller = CallerIdentity.From(user)
            ?? throw new InvalidOperationException("A change ran without a signed-in caller; the access policy should have refused it.");
        return new ChangeAttribution(
            caller.ObjectId, caller.DisplayName, caller.TenantId, caller.PrefectureCode, role, caller.IsApplication, caller.ClientAppId);
    }
}
