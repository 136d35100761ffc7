using System.Collections.Immutable;
using System.Security.Claims;

namespace HomeCareNational.Identity;

/// <summary>
/// Who is calling, after the tenant registry has been applied to a validated token.
/// </summary>
/// <param name="ObjectId">The user's or the application's object id (<c>oid</c>).</param>
/// <param name="DisplayName">The user's name, or the application's.</param>
/// <param name="TenantId">The Entra tenant the token was issued in (<c>tid</c>).</param>
/// <param name="PrefectureCode">The prefecture the caller acts for, or null for ministry callers.</param>
/// <param name="Roles">The effective app roles: those the token carries and the caller's tenant may grant.</param>
/// <param name="IsApplication">True for an app-only (client-credentials) token.</param>
/// <param name="ClientAppId">The client application's id (<c>azp</c> or <c>appid</c>).</param>
public sealed record CallerIdentity(
    string ObjectId,
    string DisplayName,
    string TenantId,
    string? PrefectureCode,
    ImmutableArray<string> Roles,
    bool IsApplication,
    string? ClientAppId)
{
    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>
    /// The caller that authentication recorded on <paramref name="principal"/>, or null when the principal is not
    /// a caller signed in through this service's authentication (no token, or a token that was refused).
    /// </summary>
    public static CallerIdentity? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return CallerClaims.Read(principal);
    }
}
