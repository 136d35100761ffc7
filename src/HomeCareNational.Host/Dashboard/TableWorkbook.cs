using System.Text.Json;
using ClosedXML.Excel;

namespace HomeCareNational.Host.Dashboard;

/// <summary>
/// A table the dashboard shows, as an .xlsx workbook: <c>POST /dashboard/table.xlsx</c> with the rows the page already
/// holds. The service formats what the caller was already allowed to read and reads nothing itself, so the download
/// is under exactly the API's access rules.
/// </summary>
/// <param name="Sheet">The sheet's name (Excel allows 31 characters, without <c>[]:*?/\</c>).</param>
/// <param name="Columns">The header row.</param>
/// <param name="Rows">The cells, each row as long as <see cref="Columns"/>; numbers stay numbers.</param>
public sealed record TableWorkbook(string? Sheet, IReadOnlyList<string>? Columns, IReadOnlyList<IReadOnlyList<JsonElement>>? Rows)
{
    public const int MaxColumns = 64;
    public const int MaxRows = 1000;
    public const int MaxCellChars = 1000;
    private const int MaxSheetNameChars = 31;
    private const double ColumnWidth = 18;
    private static readonly char[] SheetNameForbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>What is wrong with the request, naming the field; null when it can be written.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Sheet) || Sheet.Length > MaxSheetNameChars || Sheet.IndexOfAny(SheetNameForbidden) >= 0)
        {
            return $"sheet: 1 to {MaxSheetNameChars} characters, none of {new string(SheetNameForbidden)}.";
        }

        if (Columns is not { Count: > 0 and <= MaxColumns } || Columns.Any(c => c is null || c.Length > MaxCellChars))
        {
            return $"columns: 1 to {MaxColumns} headers of at most {MaxCellChars} characters.";
        }

        if (Rows is null || Rows.Count > MaxRows)
        {
            return $"rows: at most {MaxRows} rows.";
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i] is not { } row || row.Count != Columns.Count)
            {
                return $"rows[{i}]: {Columns.Count} cells, one per column.";
            }

            if (row.Any(cell => cell.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null)
                || (cell.ValueKind == JsonValueKind.String && cell.GetString()!.Length > MaxCellChars)))
            {
                return $"rows[{i}]: each cell a string of at most {MaxCellChars} characters, a number, a boolean or null.";
            }
        }

        return null;
    }

    /// <summary>The workbook; call only when <see cref="Problem"/> is null.</summary>
    public byte[] Write()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(Sheet!);
        for (var c = 0; c < Columns!.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = Columns[c];
        }

        for (var r = 0; r < Rows!.Count; r++)
        {
            for (var c = 0; c < Columns.Count; c++)
            {
                var cell = Rows[r][c];
                var target = sheet.Cell(r + 2, c + 1);
                switch (cell.ValueKind)
                {
                    case JsonValueKind.Number:
                        target.Value = cell.GetDouble();
                        break;
                    case JsonValueKind.True or JsonValueKind.False:
                        target.Value = cell.GetBoolean();
                        break;
                    case JsonValueKind.String:
                        // Stored as text, never as a formula: a cell starting with '=' stays what the page showed.
                        target.SetValue(cell.GetString());
                        target.DataType = XLDataType.Text;
                        break;
                }
            }
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        // A fixed width: ClosedXML measures text for AdjustToContents with System.Drawing, which Linux hosts lack.
        sheet.Columns().Width = ColumnWidth;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
