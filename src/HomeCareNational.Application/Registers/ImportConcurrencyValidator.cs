using System.Globalization;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Application.Registers;

/// <summary>Checks the import concurrency from configuration (section <see cref="ImportLimitsValidator.Section"/>) when the service starts.</summary>
internal sealed class ImportConcurrencyValidator : IValidateOptions<ImportConcurrencyOptions>
{
    /// <summary>Each running import may hold a few hundred MiB; more than this at once would not fit any silo.</summary>
    public const int MaxConcurrentCeiling = 16;

    public const int MaxQueuedCeiling = 1000;

    public const int RetryAfterCeiling = 3600;

    public ValidateOptionsResult Validate(string? name, ImportConcurrencyOptions options)
    {
        List<string> failures =
        [
            .. Check("MaxConcurrentImports", options.MaxConcurrentImports, 1, MaxConcurrentCeiling),
            .. Check("MaxQueuedImports", options.MaxQueuedImports, 0, MaxQueuedCeiling),
            .. Check("ImportRetryAfterSeconds", options.ImportRetryAfterSeconds, 1, RetryAfterCeiling),
        ];
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(string key, int value, int min, int max) =>
        value >= min && value <= max
            ? []
            : [string.Create(CultureInfo.InvariantCulture, $"Configuration key '{ImportLimitsValidator.Section}:{key}' is {value}; it must be {min} to {max}.")];
}
