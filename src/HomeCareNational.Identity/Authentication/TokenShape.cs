using System.Globalization;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HomeCareNational.Identity.Authentication;

/// <summary>
/// Checks the JSON types of a validated token's claims, which the token handler reads leniently (an <c>exp</c> given
/// as a string counts as a date, a <c>roles</c> string as one role, the first of several prefecture codes as the one),
/// and its lifetime. An ambiguous claim refuses the token; it is never resolved by order.
/// </summary>
internal static class TokenShape
{
    /// <summary>RFC 7519's NumericDate claims: JSON numbers of seconds.</summary>
    private static readonly string[] NumericDates = ["exp", "nbf", "iat"];

    /// <summary>Why the token must be refused, or null when its claims are as typed and its lifetime within the rules.</summary>
    /// <param name="token">A token whose signature, issuer, audience and lifetime passed validation.</param>
    /// <param name="rules">The longest lifetime and size allowed.</param>
    /// <param name="prefectureClaim">The claim naming a ministry guest's prefecture (<c>TenantRegistry:PrefectureClaim</c>): one string.</param>
    /// <param name="now">The current instant, from which a token without <c>iat</c> counts its lifetime.</param>
    public static string? Problem(JsonWebToken token, TokenRulesOptions rules, string prefectureClaim, DateTimeOffset now)
    {
        if (token.EncodedToken.Length > rules.MaxTokenBytes)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The token is {token.EncodedToken.Length} bytes long, longer than the {rules.MaxTokenBytes} allowed ({TokenRulesOptions.Section}:{nameof(TokenRulesOptions.MaxTokenBytes)}).");
        }

        using var payload = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.EncodedPayload));
        var claims = payload.RootElement;
        foreach (var name in NumericDates)
        {
            if (claims.TryGetProperty(name, out var date) && date.ValueKind != JsonValueKind.Number)
            {
                return $"The token's '{name}' is a JSON {date.ValueKind}, not a number of seconds.";
            }
        }

        if (claims.TryGetProperty(EntraClaimNames.Roles, out var roles)
            && (roles.ValueKind != JsonValueKind.Array || roles.EnumerateArray().Any(role => role.ValueKind != JsonValueKind.String)))
        {
            return $"The token's '{EntraClaimNames.Roles}' is not an array of strings.";
        }

        if (claims.TryGetProperty(prefectureClaim, out var prefecture) && prefecture.ValueKind != JsonValueKind.String)
        {
            return $"The token's '{prefectureClaim}' is a JSON {prefecture.ValueKind}, not one prefecture code.";
        }

        var issuedAt = token.IssuedAt == DateTime.MinValue ? now : new DateTimeOffset(token.IssuedAt, TimeSpan.Zero);
        var longest = new DateTimeOffset(token.ValidTo, TimeSpan.Zero) - (issuedAt < now ? issuedAt : now);
        return longest > rules.MaxLifetime
            ? string.Create(CultureInfo.InvariantCulture, $"The token is valid for {longest}, longer than the {rules.MaxLifetime} allowed ({TokenRulesOptions.Section}:{nameof(TokenRulesOptions.MaxLifetime)}).")
            : null;
    }
}
