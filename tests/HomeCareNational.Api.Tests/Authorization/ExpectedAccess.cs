using HomeCareNational.Application.Access;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Authorization;

/// <summary>The access matrix as the identity issue states it, written out independently of the service's own tables.</summary>
public static class ExpectedAccess
{
    public static bool IsAllowed(string policy, string role, bool ownPrefecture) => policy switch
    {
        AccessPolicies.Aggregates => true,
        AccessPolicies.PrefectureDetail => role == AppRoles.MinistryAnalyst
            || (ownPrefecture && role is AppRoles.PrefectureEditor or AppRoles.PrefectureViewer),
        AccessPolicies.PrefectureWrite => ownPrefecture && role == AppRoles.PrefectureEditor,
        AccessPolicies.RoundManagement or AccessPolicies.NationalDetail => role == AppRoles.MinistryAnalyst,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "A policy the matrix does not know: add it here with its expected outcomes."),
    };
}
