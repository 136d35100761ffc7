using System.Globalization;
using HomeCareNational.Domain.Validation;
using HomeCareNational.Import.Columns;

namespace HomeCareNational.Import.Parsing;

/// <summary>
/// Places the validator's errors in the file by their typed keys: the row the institution at the error's index came
/// from and the header of the field's column, so domain errors read like cell errors.
/// </summary>
internal static class DomainErrors
{
    /// <param name="errors">The validator's errors for the parsed list.</param>
    /// <param name="rowNumbers">The file row of each institution of the list, by index (empty rows make them differ from index + 2).</param>
    public static IEnumerable<ImportError> InFile(IReadOnlyList<ValidationError> errors, IReadOnlyList<int> rowNumbers) =>
        errors.Select(e => InFile(e, rowNumbers)).OrderBy(e => e.Row ?? 0);

    private static ImportError InFile(ValidationError error, IReadOnlyList<int> rowNumbers)
    {
        // A message may name another item, as the duplicate-key rule does ("already given at institutions[0]"): by its row here.
        var message = error.MessageNaming(index => RowLabel(rowNumbers[index]));
        return error.ItemIndex is { } item
            ? new ImportError(rowNumbers[item], error.FieldKey is { } field ? RegisterColumns.Of(field)?.Header : null, message)
            : ImportError.File(message);
    }

    private static string RowLabel(int row) => string.Create(CultureInfo.InvariantCulture, $"行 {row}");
}
