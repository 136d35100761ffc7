namespace HomeCareNational.Identity.Tests.Support;

/// <summary>The claims of validated Entra access tokens, as the token names them.</summary>
internal static class TokenClaims
{
    public const string UserObjectId = "5c0f3b1e-1111-4000-8000-000000000001";

    public const string AppObjectId = "5c0f3b1e-2222-4000-8000-000000000002";

    public const string ClientAppId = "5c0f3b1e-3333-4000-8000-000000000003";

    public const string UserName = "岡山 花子";

    /// <summary>A delegated (user) v2.0 token; Entra sends no <c>idtyp</c> in it.</summary>
    public static List<Claim> User(string tenantId, params string[] roles) =>
    [
        new(EntraClaimNames.TenantId, tenantId),
        new(EntraClaimNames.ObjectId, UserObjectId),
        new(EntraClaimNames.Subject, "user-pairwise-subject"),
        new(EntraClaimNames.Scope, DevelopmentTokenIssuer.UserScope),
        new(EntraClaimNames.Name, UserName),
        new(EntraClaimNames.AuthorizedParty, ClientAppId),
        .. Roles(roles),
    ];

    /// <summary>An app-only (client-credentials) v2.0 token with the <c>idtyp</c> optional claim.</summary>
    public static List<Claim> App(string tenantId, params string[] roles) =>
    [
        new(EntraClaimNames.TenantId, tenantId),
        new(EntraClaimNames.ObjectId, AppObjectId),
        new(EntraClaimNames.Subject, AppObjectId),
        new(EntraClaimNames.IdentityType, EntraClaimNames.AppOnlyIdentityType),
        new(EntraClaimNames.AuthorizedParty, ClientAppId),
        new(EntraClaimNames.AppDisplayName, "Okayama register sync"),
        .. Roles(roles),
    ];

    public static List<Claim> With(this List<Claim> claims, string type, string value) => [.. claims, new Claim(type, value)];

    public static List<Claim> Without(this List<Claim> claims, string type) => [.. claims.Where(c => c.Type != type)];

    private static IEnumerable<Claim> Roles(string[] roles) => roles.Select(role => new Claim(EntraClaimNames.Roles, role));
}
