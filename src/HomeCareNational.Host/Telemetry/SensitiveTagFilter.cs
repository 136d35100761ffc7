using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace HomeCareNational.Host.Telemetry;

/// <summary>
/// Takes out of every span, before any exporter sees it, what must never leave the service: a tag named after the
/// <c>Authorization</c> header, any tag value that carries a bearer token or a JWT, and the values of the query
/// parameters that carry secrets (<see cref="SecretQueryParameter"/>) in any URL tag. The instrumentations record no
/// header and redact query strings already; this holds also when one of them is configured otherwise.
/// </summary>
public sealed partial class SensitiveTagFilter : BaseProcessor<Activity>
{
    /// <summary>What a secret query parameter's value becomes.</summary>
    public const string Redacted = "Redacted";

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var (key, value) in data.TagObjects.ToList())
        {
            if (value is not string text)
            {
                continue;
            }

            if (key.Contains("authorization", StringComparison.OrdinalIgnoreCase) || TokenLooking().IsMatch(text))
            {
                data.SetTag(key, Redacted);
            }
            else if (SecretQueryParameter().IsMatch(text))
            {
                data.SetTag(key, SecretQueryParameter().Replace(text, $"${{name}}={Redacted}"));
            }
        }
    }

    /// <summary>A bearer credential, or three base64url parts joined by dots as a JWT is.</summary>
    [GeneratedRegex(@"Bearer\s|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.", RegexOptions.IgnoreCase)]
    private static partial Regex TokenLooking();

    /// <summary>OAuth's code and tokens, a storage SAS signature, and anything named like a key, token or secret.</summary>
    [GeneratedRegex(@"(?<name>(?<=[?&])(?:code|access_token|id_token|refresh_token|token|sig|key|api_key|secret|client_secret|password))=[^&#]*", RegexOptions.IgnoreCase)]
    private static partial Regex SecretQueryParameter();
}
