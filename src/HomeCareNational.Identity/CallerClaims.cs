using System.Security.Claims;

namespace HomeCareNational.Identity;

/// <summary>Writes a <see cref="CallerIdentity"/> as a claims identity and reads it back: the one place both directions are spelled.</summary>
internal static class CallerClaims
{
    /// <summary>The authentication type of the identity that holds the caller.</summary>
    public const string AuthenticationType = "HomeCareNational.Caller";

    public static ClaimsPrincipal ToPrincipal(CallerIdentity caller) => new(new CallerClaimsIdentity(caller));

    /// <summary>
    /// The caller an identity written by <see cref="ToPrincipal"/> holds. Only that identity's type is trusted, so claims a
    /// token might carry under the same claim types are never taken for the caller's; and the caller is kept as it was
    /// written rather than parsed back from the claims, since a request reads it several times (policy, ETag, caching).
    /// </summary>
    public static CallerIdentity? Read(ClaimsPrincipal principal) =>
        principal.Identities.OfType<CallerClaimsIdentity>().FirstOrDefault(i => i.IsAuthenticated)?.Caller;

    /// <summary>The caller as claims, for what reads claims (<c>IsInRole</c>, <c>Identity.Name</c>), and the caller itself.</summary>
    private sealed class CallerClaimsIdentity : ClaimsIdentity
    {
        public CallerClaimsIdentity(CallerIdentity caller)
            : base(ClaimsOf(caller), CallerClaims.AuthenticationType, HomeCareClaimTypes.DisplayName, HomeCareClaimTypes.Role) => Caller = caller;

        private CallerClaimsIdentity(CallerClaimsIdentity other)
            : base(other) => Caller = other.Caller;

        public CallerIdentity Caller { get; }

        /// <summary>A clone keeps the caller, so a cloned principal still reads as the same caller.</summary>
        public override ClaimsIdentity Clone() => new CallerClaimsIdentity(this);

        private static List<Claim> ClaimsOf(CallerIdentity caller)
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

            return claims;
        }
    }
}
