namespace HomeCareNational.Identity;

/// <summary>The authorization policies this project defines for endpoints.</summary>
public static class HomeCarePolicies
{
    /// <summary>
    /// A signed-in caller with at least one effective data role (<see cref="AppRoles.Data"/>). Without a valid token
    /// the endpoint answers 401; with one that grants no effective data role (<see cref="AppRoles.Operations"/> alone
    /// included), 403.
    /// </summary>
    public const string Caller = "HomeCare.Caller";

    /// <summary>
    /// A signed-in caller with the effective <see cref="AppRoles.Operations"/> role: the Orleans dashboard. 401 without a
    /// valid token, 403 without the role.
    /// </summary>
    public const string Operations = "HomeCare.Operations";
}
