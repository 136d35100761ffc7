namespace HomeCareNational.Identity.Authentication;

/// <summary>Rules every bearer token is held to beyond its signature, issuer and audience; bound from <see cref="Section"/>.</summary>
public sealed class TokenRulesOptions
{
    public const string Section = "TokenRules";

    /// <summary>Entra ID's access tokens live 60 to 90 minutes; a day is the most any client of this service needs.</summary>
    public static readonly TimeSpan DefaultMaxLifetime = TimeSpan.FromHours(24);

    /// <summary>Several times an Entra ID access token with its largest claims (groups past the overage limit are left out of tokens).</summary>
    public const int DefaultMaxTokenBytes = 16 * 1024;

    /// <summary>The longest encoded token accepted; a longer one is refused whatever it holds.</summary>
    public int MaxTokenBytes { get; set; } = DefaultMaxTokenBytes;

    /// <summary>The longest a token may be valid: from its <c>iat</c> (or now) to its <c>exp</c>. A token valid for longer is refused.</summary>
    public TimeSpan MaxLifetime { get; set; } = DefaultMaxLifetime;
}
