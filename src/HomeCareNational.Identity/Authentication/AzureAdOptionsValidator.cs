using Microsoft.Extensions.Options;

namespace HomeCareNational.Identity.Authentication;

/// <summary>Stops the service at start-up when the API's Entra registration is not configured; each failure names its key.</summary>
public sealed class AzureAdOptionsValidator : IValidateOptions<AzureAdOptions>
{
    private const string Section = AzureAdOptions.Section;

    public ValidateOptionsResult Validate(string? name, AzureAdOptions options)
    {
        List<string> failures = [];
        if (!Uri.TryCreate(options.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.Instance)}' is '{options.Instance}': set it to the Entra instance, e.g. 'https://login.microsoftonline.com/'.");
        }

        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.TenantId)}' is missing: set it to 'organizations' (the tenant registry decides which tenants may call).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.ClientId)}' is missing: set it to the Application (client) ID of the API's app registration (infra/entra-app-manifest.json).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
