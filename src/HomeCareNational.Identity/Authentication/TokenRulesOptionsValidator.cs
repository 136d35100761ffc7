using Microsoft.Extensions.Options;

namespace HomeCareNational.Identity.Authentication;

/// <summary>Stops the service at start-up when the maximum token lifetime or size is not positive, naming the key.</summary>
public sealed class TokenRulesOptionsValidator : IValidateOptions<TokenRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, TokenRulesOptions options)
    {
        List<string> failures = [];
        if (options.MaxLifetime <= TimeSpan.Zero)
        {
            failures.Add($"Configuration key '{TokenRulesOptions.Section}:{nameof(options.MaxLifetime)}' is {options.MaxLifetime}; it must be more than 00:00:00.");
        }

        if (options.MaxTokenBytes < 1)
        {
            failures.Add($"Configuration key '{TokenRulesOptions.Section}:{nameof(options.MaxTokenBytes)}' is {options.MaxTokenBytes}; it must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
