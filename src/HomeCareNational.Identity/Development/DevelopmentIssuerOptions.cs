using Microsoft.IdentityModel.Tokens;

namespace HomeCareNational.Identity.Development;

/// <summary>
/// The local token issuer for development and tests; bound from the <see cref="Section"/> configuration section and
/// validated at start-up (<see cref="DevelopmentIssuerOptionsValidator"/>). Off unless enabled, and refused in Production.
/// </summary>
public sealed class DevelopmentIssuerOptions
{
    public const string Section = "DevelopmentIssuer";

    /// <summary>A fixed issuer under the reserved <c>.invalid</c> domain, so it can never be mistaken for a real one.</summary>
    public const string DefaultIssuer = "https://development-issuer.homecare.invalid/";

    /// <summary>HS256 needs a key of at least 256 bits.</summary>
    public const int MinimumKeyBits = 256;

    /// <summary>When true (and only then) the service trusts tokens from <see cref="Issuer"/> signed with <see cref="SigningKey"/>, instead of Entra's.</summary>
    public bool Enabled { get; set; }

    /// <summary>The <c>iss</c> of development tokens.</summary>
    public string Issuer { get; set; } = DefaultIssuer;

    /// <summary>The HS256 key, base64; random per machine (<c>scripts/run-demo.sh</c> keeps one in <c>.data/dev-signing-key</c>).</summary>
    public string SigningKey { get; set; } = "";

    internal SymmetricSecurityKey CreateSigningKey() => new(Convert.FromBase64String(SigningKey));
}
