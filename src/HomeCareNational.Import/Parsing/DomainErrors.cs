using System.Globalization;
using System.Text.RegularExpressions;
using HomeCareNational.Domain.Validation;
using HomeCareNational.Import.Columns;

namespace HomeCareNational.Import.Parsing;

/// <summary>
/// Places the validator's errors (paths such as institutions[3].kind) in the file: the row the institution came
/// from and the header of the field's column, so domain errors read like cell errors.
/// </summary>
internal static partial class DomainErrors
{
    /// <param name="errors">The validator's errors for the parsed list.</param>
    /// <param name="rowNumbers">The file row of each institution of the list, by index (empty rows make them differ from index + 2).</param>
    public static IEnumerable<ImportError> InFile(IReadOnlyList<ValidationError> errors, IReadOnlyList<int> rowNumbers) =>
        errors.Select(e => InFile(e, rowNumbers)).OrderBy(e => e.Row ?? 0);

    private static ImportError InFile(ValidationError error, IReadOnlyList<int> rowNumbers)
    {
        // A message may point at another item, as the duplicate-key rule does ("already given at institutions[0]").
        var message = ItemReference().Replace(
            error.Message, m => RowLabel(rowNumbers[int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)]));
        return error.Path.Length >= 3 && int.TryParse(error.Path[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? new ImportError(rowNumbers[index], RegisterColumns.ForValidatorField(error.Path[2])?.Header, message)
            : ImportError.File(message);
    }

    private static string RowLabel(int row) => string.Create(CultureInfo.InvariantCulture, $"行 {row}");

    [GeneratedRegex(@"\binstitutions\[([0-9]+)\]")]
    private static partial Regex ItemReference();
}
