using System.Globalization;
using System.Security.Claims;

namespace HomeCareNational.Identity;

/// <summary>Writes a <see cref="CallerIdentity"/> as a claims identity and reads it back: the one place both directions are spelled.</summary>
internal static class CallerClaims
{
    /// <summary>
    /// The authentication type of the identity that holds the caller. <see cref="Read"/> trusts no other identity, so
    /// claims a token might carry under the same claim types are never taken for the caller's.
    /// </summary>
    public const string AuthenticationType = "HomeCareNational.Caller";

    public static ClaimsPrincipal ToPrincipal(CallerIdentity caller)
    {
        List<Claim> claims =
        [
            new(HomeCareClaimTypes.ObjectId, caller.ObjectId),
            new(HomeCareClaimTypes.DisplayName, caller.DisplayName),
            new(HomeCareClaimTypes.TenantId, caller.TenantId),
            new(HomeCareClaimTypes.IsApplication, caller.IsApplication ? bool.TrueString : bool.FalseString, ClaimValueTypes.Boolean),
            .. caller.Roles.Select(role => new Claim(HomeCareClaimTypes.Role, role)),
        ];
        if (caller.PrefectureCode is not null)
        {
            claims.Add(new(HomeCareClaimTypes.PrefectureCode, caller.PrefectureCode));
        }

        if (caller.ClientAppId is not null)
        {
            claims.Add(new(HomeCareClaimTypes.ClientAppId, caller.ClientAppId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, HomeCareClaimTypes.DisplayName, HomeCareClaimTypes.Role));
    }

    public static CallerIdentity? Read(ClaimsPrincipal principal)
    {
        var identity = principal.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == AuthenticationType);
        if (identity is null)
        {
            return null;
        }

        return new CallerIdentity(
            Required(identity, HomeCareClaimTypes.ObjectId),
            Required(identity, HomeCareClaimTypes.DisplayName),
            Required(identity, HomeCareClaimTypes.TenantId),
            identity.FindFirst(HomeCareClaimTypes.PrefectureCode)?.Value,
            [.. identity.FindAll(HomeCareClaimTypes.Role).Select(c => c.Value)],
            bool.Parse(Required(identity, HomeCareClaimTypes.IsApplication)),
            identity.FindFirst(HomeCareClaimTypes.ClientAppId)?.Value);
    }

    private static string Required(ClaimsIdentity identity, string claimType) =>
        identity.FindFirst(claimType)?.Value
        ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
            $"The caller identity has no '{claimType}' claim; it was not written by {nameof(CallerClaims)}.{nameof(ToPrincipal)}."));
}
