namespace HomeCareNational.Identity.Authentication;

/// <summary>
/// The names of the Entra ID access-token claims the service reads (and the development issuer writes), as they
/// appear in the token. The prefecture claim is configurable: <see cref="Tenancy.TenantRegistryOptions.PrefectureClaim"/>.
/// </summary>
public static class EntraClaimNames
{
    public const string TenantId = "tid";

    public const string ObjectId = "oid";

    public const string Subject = "sub";

    /// <summary>App roles granted to the user or the application; one array claim.</summary>
    public const string Roles = "roles";

    /// <summary>Delegated scopes; only in tokens issued on behalf of a user.</summary>
    public const string Scope = "scp";

    /// <summary>The optional claim whose value <see cref="AppOnlyIdentityType"/> marks an app-only token.</summary>
    public const string IdentityType = "idtyp";

    public const string AppOnlyIdentityType = "app";

    /// <summary>The client application's id in v2.0 tokens.</summary>
    public const string AuthorizedParty = "azp";

    /// <summary>The client application's id in v1.0 tokens.</summary>
    public const string AppId = "appid";

    public const string Name = "name";

    /// <summary>The client application's display name, when Entra includes it.</summary>
    public const string AppDisplayName = "app_displayname";

    public const string Version = "ver";
}
