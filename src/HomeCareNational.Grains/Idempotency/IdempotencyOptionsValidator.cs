using Microsoft.Extensions.Options;

namespace HomeCareNational.Grains.Idempotency;

/// <summary>Stops the silo at start-up when a retention is shorter than promised or a timeout is not positive, naming its key.</summary>
public sealed class IdempotencyOptionsValidator : IValidateOptions<IdempotencyOptions>
{
    private const string Section = IdempotencyOptions.Section;

    public ValidateOptionsResult Validate(string? name, IdempotencyOptions options)
    {
        List<string> failures = [];
        if (options.Retention < IdempotencyOptions.MinimumRetention)
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.Retention)}' is {options.Retention}; "
                + $"it must be at least {IdempotencyOptions.MinimumRetention}, because clients are promised that keys are kept for 24 hours.");
        }

        if (options.InFlightTimeout <= TimeSpan.Zero)
        {
            failures.Add($"Configuration key '{Section}:{nameof(options.InFlightTimeout)}' is {options.InFlightTimeout}; "
                + "it must be more than 00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
