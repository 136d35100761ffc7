using System.Security.Claims;
using HomeCareNational.Identity;

namespace HomeCareNational.Application.Access;

/// <summary>Who makes a change, as the history records it: the signed-in caller and the role the change's policy required.</summary>
public static class CallerAttribution
{
    /// <summary>
    /// The signed-in <paramref name="user"/> as a change they make for their prefecture is recorded; shared by the
    /// mutations and the HTTP import, which have both already required <see cref="AccessPolicies.PrefectureWrite"/>.
    /// </summary>
    public static ChangeAttribution Of(ClaimsPrincipal user) => Of(user, AppRoles.PrefectureEditor);

    /// <summary>The signed-in <paramref name="user"/> as a step they take in the <paramref name="role"/> the field's policy required is recorded.</summary>
    public static ChangeAttribution Of(ClaimsPrincipal user, string role)
    {
        var caller = CallerIdentity.From(user)
            ?? throw new InvalidOperationException("A change ran without a signed-in caller; the access policy should have refused it.");
        return new ChangeAttribution(
            caller.ObjectId, caller.DisplayName, caller.TenantId, caller.PrefectureCode, role, caller.IsApplication, caller.ClientAppId);
    }
}
