using System.Globalization;
using HomeCareNational.Domain.Validation;
using HomeCareNational.Import;
using HomeCareNational.Import.Columns;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Application.Registers;

/// <summary>Checks the import limits from configuration (section <see cref="Section"/>) when the service starts.</summary>
internal sealed class ImportLimitsValidator : IValidateOptions<ImportLimits>
{
    public const string Section = "HomeCare:Import";

    /// <summary>Above this a single upload would hold the service's memory for too long; raise it in code, not by accident.</summary>
    public const long MaxFileBytesCeiling = 100L * 1024 * 1024;

    /// <summary>The last row Excel has.</summary>
    public const int MaxSheetRowsCeiling = 1_048_576;

    /// <summary>The last column Excel has (XFD).</summary>
    public const int MaxSheetColumnsCeiling = 16_384;

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

        if (options.MaxSheetRows <= options.MaxRows || options.MaxSheetRows > MaxSheetRowsCeiling)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Configuration key '{Section}:MaxSheetRows' is {options.MaxSheetRows}; it must be more than MaxRows ({options.MaxRows}) and at most {MaxSheetRowsCeiling}."));
        }

        if (options.MaxSheetColumns < RegisterColumns.All.Length || options.MaxSheetColumns > MaxSheetColumnsCeiling)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Configuration key '{Section}:MaxSheetColumns' is {options.MaxSheetColumns}; it must be {RegisterColumns.All.Length} (the template's columns) to {MaxSheetColumnsCeiling}."));
        }

        AddIfBelowOne(failures, "MaxCells", options.MaxCells);
        AddIfBelowOne(failures, "MaxTextChars", options.MaxTextChars);
        AddIfBelowOne(failures, "MaxStyles", options.MaxStyles);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AddIfBelowOne(List<string> failures, string key, int value)
    {
        if (value < 1)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Configuration key '{Section}:{key}' is {value}; it must be at least 1."));
        }
    }
}
