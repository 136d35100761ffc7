using ClosedXML.Excel;

namespace HomeCareNational.Import.Tests.Files;

/// <summary>.xlsx bytes made with ClosedXML: every given value a text cell, blank strings left empty.</summary>
internal static class XlsxFile
{
    public static byte[] From(IEnumerable<IReadOnlyList<string>> rows, Action<IXLWorksheet>? edit = null)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("指定医療機関");
        var rowNumber = 1;
        foreach (var row in rows)
        {
            for (var column = 0; column < row.Count; column++)
            {
                if (row[column].Length > 0)
                {
                    SetText(sheet.Cell(rowNumber, column + 1), row[column]);
                }
            }

            rowNumber++;
        }

        edit?.Invoke(sheet);
        return Save(workbook);
    }

    public static void SetText(IXLCell cell, string text) => cell.SetValue(text).SetDataType(XLDataType.Text);

    public static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
