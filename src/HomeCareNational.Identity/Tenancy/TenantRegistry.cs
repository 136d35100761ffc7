using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Claims;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Identity.Authentication;

namespace HomeCareNational.Identity.Tenancy;

/// <summary>
/// Applies the tenant registry to the claims of a validated token: whether its tenant may call at all, which
/// prefecture the caller acts for, and which of the token's app roles are effective.
/// </summary>
public sealed class TenantRegistry
{
    private readonly Guid ministryTenantId;
    private readonly string prefectureClaim;
    private readonly FrozenDictionary<Guid, string> prefectureOfTenant;

    /// <param name="options">Options that passed <see cref="TenantRegistryOptionsValidator"/>.</param>
    public TenantRegistry(TenantRegistryOptions options)
    {
        ministryTenantId = Guid.Parse(options.MinistryTenantId, CultureInfo.InvariantCulture);
        prefectureClaim = options.PrefectureClaim;
        prefectureOfTenant = options.Tenants.ToFrozenDictionary(t => Guid.Parse(t.TenantId, CultureInfo.InvariantCulture), t => t.PrefectureCode);
    }

    /// <summary>
    /// Resolves the caller from the claims of a token whose signature, issuer, audience and lifetime have been
    /// validated, as the token names them (<see cref="EntraClaimNames"/>). False, with the reason, when the
    /// token must be refused even so: its tenant is not in the registry, or it names no tenant or object.
    /// </summary>
    public bool TryResolve(
        IEnumerable<Claim> tokenClaims,
        [NotNullWhen(true)] out CallerIdentity? caller,
        [NotNullWhen(false)] out string? rejection)
    {
        var claims = tokenClaims.ToLookup(c => c.Type, c => c.Value, StringComparer.Ordinal);
        caller = null;
        if (!Guid.TryParse(claims[EntraClaimNames.TenantId].FirstOrDefault(), CultureInfo.InvariantCulture, out var tenantId))
        {
            rejection = $"The token's tenant id ('{EntraClaimNames.TenantId}') is missing or not a GUID.";
            return false;
        }

        // The ministry's tenant holds B2B guests from several prefectures, so its own directory says whose each is (the
        // prefecture claim). A prefecture tenant's callers act for its prefecture whatever that claim says: the
        // tenant's administrators could set it to any value.
        var fromMinistry = tenantId == ministryTenantId;
        string? prefectureCode;
        if (fromMinistry)
        {
            prefectureCode = claims[prefectureClaim].FirstOrDefault() is { } code && Prefectures.TryGet(code, out _) ? code : null;
        }
        else if (!prefectureOfTenant.TryGetValue(tenantId, out prefectureCode))
        {
            rejection = $"Tenant {tenantId} is not in the tenant registry.";
            return false;
        }

        var objectId = claims[EntraClaimNames.ObjectId].FirstOrDefault();
        if (string.IsNullOrEmpty(objectId))
        {
            rejection = $"The token has no object id ('{EntraClaimNames.ObjectId}').";
            return false;
        }

        var isApplication = IsAppOnly(claims, objectId);
        var clientAppId = claims[EntraClaimNames.AuthorizedParty].FirstOrDefault() ?? claims[EntraClaimNames.AppId].FirstOrDefault();
        var displayName = isApplication
            ? claims[EntraClaimNames.AppDisplayName].FirstOrDefault() ?? clientAppId
            : claims[EntraClaimNames.Name].FirstOrDefault();
        caller = new CallerIdentity(
            objectId,
            displayName ?? objectId,
            tenantId.ToString(),
            prefectureCode,
            EffectiveRoles(claims[EntraClaimNames.Roles], fromMinistry, prefectureCode is not null),
            isApplication,
            clientAppId);
        rejection = null;
        return true;
    }

    /// <summary>
    /// In a multi-tenant app every customer tenant's administrators assign the app's roles to their own users and
    /// applications, any role they like: a prefecture tenant could grant itself Ministry.Analyst. So the
    /// ministry-wide roles count only in tokens from the ministry's tenant, and the prefecture roles only for a
    /// caller bound to a prefecture (by the registry, or by the ministry's directory for its guests).
    /// </summary>
    private static ImmutableArray<string> EffectiveRoles(IEnumerable<string> tokenRoles, bool fromMinistry, bool hasPrefecture)
    {
        var granted = tokenRoles.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. AppRoles.All.Where(role => granted.Contains(role)
                && (fromMinistry || !AppRoles.MinistryTenantOnly.Contains(role))
                && (hasPrefecture || !AppRoles.PrefectureBound.Contains(role))),
        ];
    }

    /// <summary>
    /// Entra documents its optional <c>idtyp</c> claim as the most accurate way to tell an app-only token. Without
    /// it, an app-only token is one without delegated scopes whose subject is the application itself (oid = sub).
    /// </summary>
    private static bool IsAppOnly(ILookup<string, string> claims, string objectId) =>
        claims[EntraClaimNames.IdentityType].FirstOrDefault() is { } identityType
            ? identityType == EntraClaimNames.AppOnlyIdentityType
            : !claims[EntraClaimNames.Scope].Any() && claims[EntraClaimNames.Subject].FirstOrDefault() == objectId;
}
