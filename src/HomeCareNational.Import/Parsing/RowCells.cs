using HomeCareNational.Import.Columns;
using HomeCareNational.Import.Reading;

namespace HomeCareNational.Import.Parsing;

/// <summary>
/// Reads the cells of one data row as typed values, adding an error for each cell that is blank when required,
/// a formula, or not a value its column accepts. A value is null when its cell had an error (or is an empty optional cell).
/// </summary>
internal sealed class RowCells(RawRow row, HeaderLayout layout, List<ImportError> errors)
{
    private delegate bool TryParse<T>(string text, out T value);

    public bool HasErrors { get; private set; }

    /// <summary>Free text, trimmed.</summary>
    public string? Text(RegisterColumn column) => Read(column);

    /// <summary>A code, trimmed and with full-width letters and digits made ASCII.</summary>
    public string? Code(RegisterColumn column) => Read(column) is { } text ? CellValues.Normalized(text) : null;

    public InstitutionKind? Kind(RegisterColumn column) => Parse<InstitutionKind>(column, CellValues.TryKind, ImportMessages.UnknownKind);

    public bool? Flag(RegisterColumn column) => Parse<bool>(column, CellValues.TryFlag, ImportMessages.NotFlag);

    public DesignationStatus? Status(RegisterColumn column) => Parse<DesignationStatus>(column, CellValues.TryStatus, ImportMessages.UnknownStatus);

    /// <summary>An Excel date cell, or text in one of the accepted date formats.</summary>
    public DateOnly? Date(RegisterColumn column) =>
        layout.Cell(row, column) is { Formula: null, Date: { } date }
            ? date
            : Parse<DateOnly>(column, CellValues.TryDate, ImportMessages.NotDate);

    private T? Parse<T>(RegisterColumn column, TryParse<T> parse, Func<string, string> message)
        where T : struct
    {
        var text = Read(column);
        if (text is null)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        Fail(column, message(text));
        return null;
    }

    private string? Read(RegisterColumn column)
    {
        var cell = layout.Cell(row, column);
        if (cell.Formula is not null)
        {
            Fail(column, ImportMessages.Formula(cell.Address!, cell.Formula));
            return null;
        }

        var text = cell.Text.Trim();
        if (text.Length > 0)
        {
            return text;
        }

        if (column.Required)
        {
            Fail(column, ImportMessages.Required);
        }

        return null;
    }

    private void Fail(RegisterColumn column, string message)
    {
        HasErrors = true;
        errors.Add(new ImportError(row.Number, column.Header, message));
    }
}
