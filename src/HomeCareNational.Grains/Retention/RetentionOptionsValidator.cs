using Microsoft.Extensions.Options;

namespace HomeCareNational.Grains.Retention;

/// <summary>Stops the silo at start-up when the sweep period is shorter than a reminder can tick, naming its key.</summary>
public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options) =>
        options.SweepPeriod >= RetentionOptions.MinimumSweepPeriod
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Configuration key '{RetentionOptions.Section}:{nameof(options.SweepPeriod)}' is {options.SweepPeriod}; "
                + $"it must be at least {RetentionOptions.MinimumSweepPeriod}, the shortest period of an Orleans reminder.");
}
