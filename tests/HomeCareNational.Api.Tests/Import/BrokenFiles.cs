using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace HomeCareNational.Api.Tests.Import;

/// <summary>
/// Register files for any prefecture, built as the importer's own tests build them (HomeCareNational.Import.Tests,
/// Files/CsvFile.cs and Files/XlsxFile.cs), so that one cell or header at a time can be broken.
/// </summary>
internal static class BrokenFiles
{
    /// <summary>The home-care area every row is placed in; the register must hold it first.</summary>
    public const string AreaId = "A1";

    /// <summary>Institution <paramref name="n"/>'s code in <paramref name="prefecture"/>.</summary>
    public static string Code(string prefecture, int n) => string.Create(CultureInfo.InvariantCulture, $"{prefecture}{n:D8}");

    /// <summary>A valid clinic in the prefecture's first city (<c>{prefecture}201</c>) and area <see cref="AreaId"/>, designated on 1 April of <paramref name="year"/>.</summary>
    public static string[] Row(string prefecture, int year, int n) =>
        [Code(prefecture, n), string.Create(CultureInfo.InvariantCulture, $"（テスト）在宅クリニック{n}"), "在宅療養支援診療所", $"{prefecture}201", AreaId,
            "○", "○", "○", "○", "○", string.Create(CultureInfo.InvariantCulture, $"{year}-04-01"), "指定中"];

    /// <summary>The header and rows 1 to <paramref name="count"/>.</summary>
    public static List<string[]> Rows(string prefecture, int year, int count) =>
        [ImportRequests.Header, .. Enumerable.Range(1, count).Select(n => Row(prefecture, year, n))];

    /// <summary>A copy of <paramref name="row"/> with the cell under <paramref name="header"/> set.</summary>
    public static string[] With(this string[] row, string header, string value)
    {
        var copy = (string[])row.Clone();
        copy[Array.IndexOf(ImportRequests.Header, header)] = value;
        return copy;
    }

    /// <summary>CSV text as Excel writes it: comma-separated, CRLF, fields quoted only when they must be.</summary>
    public static string CsvText(IEnumerable<IReadOnlyList<string>> rows) =>
        string.Concat(rows.Select(row => string.Join(',', row.Select(Field)) + "\r\n"));

    /// <summary>A UTF-8 CSV without a BOM.</summary>
    public static byte[] Csv(IEnumerable<IReadOnlyList<string>> rows) => Encoding.UTF8.GetBytes(CsvText(rows));

    /// <summary>An .xlsx of <paramref name="rows"/>, every value a text cell and blank strings left empty, then <paramref name="edit"/>.</summary>
    public static byte[] Xlsx(IEnumerable<IReadOnlyList<string>> rows, Action<IXLWorksheet>? edit = null)
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
                    sheet.Cell(rowNumber, column + 1).SetValue(row[column]).SetDataType(XLDataType.Text);
                }
            }

            rowNumber++;
        }

        edit?.Invoke(sheet);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
