using System.Globalization;
using ClosedXML.Excel;

namespace HomeCareNational.Import.Reading;

/// <summary>
/// Reads the first worksheet of an .xlsx file. Refuses merged cells outright; reports formula cells as such
/// (their value is never computed or taken from the cache) so the importer can refuse them cell by cell.
/// </summary>
internal static class XlsxSheetReader
{
    /// <summary>Row 1 and every row holding a cell, in order (blank rows between are left out); the checks run and the workbook opens on the first MoveNext, and it closes with the enumerator.</summary>
    public static IEnumerable<RawRow> Read(byte[] content, ImportLimits limits)
    {
        XlsxPackage.EnsureReadable(content, limits);
        using var workbook = Open(content);
        var sheet = workbook.Worksheet(1);
        EnsureNoMergedCells(sheet);

        // Only the cells the sheet holds: asking ClosedXML for any other cell would create it.
        var cellsByRow = sheet.CellsUsed(XLCellsUsedOptions.Contents).GroupBy(c => c.Address.RowNumber).OrderBy(r => r.Key);
        var yieldedHeader = false;
        foreach (var row in cellsByRow)
        {
            if (row.Key > 1 && !yieldedHeader)
            {
                yield return new RawRow(1, []);
            }

            yieldedHeader = true;
            var cells = new RawCell[row.Max(c => c.Address.ColumnNumber)];
            Array.Fill(cells, RawCell.Blank);
            foreach (var cell in row)
            {
                cells[cell.Address.ColumnNumber - 1] = Cell(cell);
            }

            yield return new RawRow(row.Key, cells);
        }
    }

    private static XLWorkbook Open(byte[] content)
    {
        try
        {
            return new XLWorkbook(new MemoryStream(content, writable: false));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // ClosedXML throws many kinds of exception for a package that is a zip but not a sound workbook.
            throw new FileRejectedException(ImportError.File(ImportMessages.NotXlsx));
        }
    }

    private static void EnsureNoMergedCells(IXLWorksheet sheet)
    {
        var errors = sheet.MergedRanges
            .Select(r => r.RangeAddress)
            .OrderBy(a => a.FirstAddress.RowNumber).ThenBy(a => a.FirstAddress.ColumnNumber)
            .Select(a => new ImportError(a.FirstAddress.RowNumber, null, ImportMessages.MergedCells(a.ToStringRelative())))
            .ToList();
        if (errors.Count > 0)
        {
            throw new FileRejectedException(errors);
        }
    }

    private static RawCell Cell(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            return new RawCell(string.Empty, Formula: cell.FormulaA1, Address: cell.Address.ToStringRelative());
        }

        return cell.DataType switch
        {
            XLDataType.DateTime => Date(DateOnly.FromDateTime(cell.GetDateTime())),
            XLDataType.Number => new RawCell(cell.GetDouble().ToString(CultureInfo.InvariantCulture)),
            XLDataType.Boolean => new RawCell(cell.GetBoolean() ? bool.TrueString.ToUpperInvariant() : bool.FalseString.ToUpperInvariant()),
            _ => new RawCell(cell.GetString()),
        };
    }

    private static RawCell Date(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date);
}
