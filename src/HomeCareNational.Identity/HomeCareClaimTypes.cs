namespace HomeCareNational.Identity;

/// <summary>
/// The claim types of the caller as the service resolved it from a validated token and the tenant registry
/// (<see cref="CallerIdentity.From"/> reads them). They are not the token's own claim names: a role here is
/// an effective role, one the caller's tenant may grant.
/// </summary>
public static class HomeCareClaimTypes
{
    public const string ObjectId = "urn:homecare:object-id";

    public const string DisplayName = "urn:homecare:display-name";

    public const string TenantId = "urn:homecare:tenant-id";

    public const string PrefectureCode = "urn:homecare:prefecture-code";

    /// <summary>One claim per effective app role; the role claim type of the caller's identity, so <c>IsInRole</c> sees only these.</summary>
    public const string Role = "urn:homecare:role";

    public const string IsApplication = "urn:homecare:is-application";

    public const string ClientAppId = "urn:homecare:client-app-id";
}
