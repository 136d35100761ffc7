using System.Globalization;
using HomeCareNational.Domain.Validation;
using HomeCareNational.Import;
using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.Importing;

/// <summary>Checks the import limits from configuration (section <see cref="Section"/>) when the service starts.</summary>
public sealed class ImportLimitsValidator : IValidateOptions<ImportLimits>
{
    public const string Section = "HomeCare:Import";

    /// <summary>Above this a single upload would hold the service's memory for too long; raise it in code, not by accident.</summary>
    public const long MaxFileBytesCeiling = 100L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, ImportLimits options)
    {
        var failures = new List<string>();
        if (options.MaxFileBytes is < 1 or > MaxFileBytesCeiling)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Configuration key '{Section}:MaxFileBytes' is {options.MaxFileBytes}; it must be 1 to {MaxFileBytesCeiling}."));
        }

        if (options.MaxRows < 1 || options.MaxRows > RegisterValidator.MaxItemsPerSubmission)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Configuration key '{Section}:MaxRows' is {options.MaxRows}; it must be 1 to {RegisterValidator.MaxItemsPerSubmission}."));
        }

        if (options.MaxUnpackedBytes < options.MaxFileBytes)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Configuration key '{Section}:MaxUnpackedBytes' is {options.MaxUnpackedBytes}; it must be at least MaxFileBytes ({options.MaxFileBytes})."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
