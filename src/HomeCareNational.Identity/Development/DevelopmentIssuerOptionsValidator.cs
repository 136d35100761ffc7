using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Identity.Development;

/// <summary>
/// Stops the service at start-up when the development issuer is enabled in the Production environment, or enabled
/// without a usable issuer and key; each failure names its key. The key itself is never quoted.
/// </summary>
public sealed class DevelopmentIssuerOptionsValidator(IHostEnvironment environment) : IValidateOptions<DevelopmentIssuerOptions>
{
    private const string Section = DevelopmentIssuerOptions.Section;

    public ValidateOptionsResult Validate(string? name, DevelopmentIssuerOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        List<string> failures = [];
        if (environment.IsProduction())
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.Enabled)}' is true in the Production environment. "
                + "Anyone who holds the development signing key could sign in with any role there, so the development issuer is refused in Production: remove the key or set it to false.");
        }

        if (!Uri.TryCreate(options.Issuer, UriKind.Absolute, out _))
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.Issuer)}' is '{options.Issuer}', which is not an absolute URI.");
        }

        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.SigningKey)}' is missing: set it to a random base64 key of at least {DevelopmentIssuerOptions.MinimumKeyBits} bits (scripts/run-demo.sh keeps one in .data/dev-signing-key).");
        }
        else if (KeyBits(options.SigningKey) is not { } bits)
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.SigningKey)}' is not base64.");
        }
        else if (bits < DevelopmentIssuerOptions.MinimumKeyBits)
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.SigningKey)}' is a {bits}-bit key; HS256 needs at least {DevelopmentIssuerOptions.MinimumKeyBits} bits.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static int? KeyBits(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var length) ? length * 8 : null;
    }
}
