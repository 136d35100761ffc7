using System.Globalization;
using ClosedXML.Excel;
using HomeCareNational.Import.Columns;

namespace HomeCareNational.Import.Template;

/// <summary>
/// The .xlsx a prefecture downloads to fill in its register: the data sheet with the <see cref="RegisterColumns"/>
/// headers and drop-down lists, a guide sheet explaining each column, and a hidden sheet holding the lists.
/// Read back by <see cref="RegisterImporter"/> unchanged, it yields no rows and no errors.
/// </summary>
public static class RegisterTemplate
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string FileName = "designated-institutions-template.xlsx";

    /// <summary>The first sheet, the one the importer reads.</summary>
    public const string DataSheetName = "指定医療機関";

    public const string GuideSheetName = "記入方法";

    /// <summary>Hidden; holds the values of the drop-down lists, which are too long to write into the validation itself.</summary>
    public const string ChoicesSheetName = "選択肢";

    private const int MiB = 1024 * 1024;

    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");

    /// <summary>The template as the bytes of an .xlsx file.</summary>
    public static byte[] Create()
    {
        using var workbook = new XLWorkbook();
        var data = workbook.AddWorksheet(DataSheetName);
        var guide = workbook.AddWorksheet(GuideSheetName);
        var choices = workbook.AddWorksheet(ChoicesSheetName);
        choices.Visibility = XLWorksheetVisibility.Hidden;

        WriteDataSheet(data, choices);
        WriteGuide(guide);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteDataSheet(IXLWorksheet data, IXLWorksheet choices)
    {
        var lastDataRow = ImportLimits.Default.MaxRows + 1;
        var lists = new ChoiceLists(choices);
        for (var i = 0; i < RegisterColumns.All.Length; i++)
        {
            var column = RegisterColumns.All[i];
            var sheetColumn = data.Column(i + 1);
            sheetColumn.Width = column.Width;

            // Text format keeps codes as typed: Excel would turn 0112345678 into the number 112345678.
            sheetColumn.Style.NumberFormat.Format = column == RegisterColumns.DesignatedOn ? "yyyy-mm-dd" : "@";
            SetText(data.Cell(1, i + 1), column.Header);

            if (column.Choices.Length > 0)
            {
                var validation = data.Range(2, i + 1, lastDataRow, i + 1).SetDataValidation();
                validation.List(lists.RangeOf(column.Choices), true);
                validation.ErrorTitle = column.Header;
                validation.ErrorMessage = "一覧から選んでください";
            }
        }

        var header = data.Range(1, 1, 1, RegisterColumns.All.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = HeaderFill;
        data.SheetView.FreezeRows(1);
    }

    private static void WriteGuide(IXLWorksheet guide)
    {
        string[] headings = ["列名", "必須", "入力する内容", "選べる値", "例"];
        for (var i = 0; i < headings.Length; i++)
        {
            SetText(guide.Cell(1, i + 1), headings[i]);
        }

        var row = 2;
        foreach (var column in RegisterColumns.All)
        {
            SetText(guide.Cell(row, 1), column.Header);
            SetText(guide.Cell(row, 2), column.Required ? "○" : "");
            SetText(guide.Cell(row, 3), column.Explanation);
            SetText(guide.Cell(row, 4), string.Join("、", column.Choices));
            SetText(guide.Cell(row, 5), column.Example);
            row++;
        }

        row++;
        foreach (var note in Notes())
        {
            SetText(guide.Cell(row++, 1), note);
        }

        guide.Range(1, 1, 1, headings.Length).Style.Font.Bold = true;
        guide.Range(1, 1, 1, headings.Length).Style.Fill.BackgroundColor = HeaderFill;
        guide.Column(1).Width = 16;
        guide.Column(2).Width = 6;
        guide.Column(3).Width = 60;
        guide.Column(4).Width = 60;
        guide.Column(5).Width = 28;
    }

    private static IEnumerable<string> Notes()
    {
        var limits = ImportLimits.Default;
        yield return "1 行目は見出しです。列名を変えたり、列を足したりしないでください（知らない列名や、列名のない列の値は誤りになります）。";
        yield return "2 行目から 1 行に 1 機関を入力します。すべて空の行は読み飛ばします。";
        yield return "数式のセルと結合したセルは取り込めません。値に置き換え、結合を解除してください。";
        yield return string.Create(CultureInfo.InvariantCulture, $"上限: ファイル {limits.MaxFileBytes / MiB} MiB、データ {limits.MaxRows:N0} 行。");
        yield return "CSV で保存するときは「CSV UTF-8（コンマ区切り）」か「CSV（コンマ区切り）」を選んでください。";
        yield return "1 件でも誤りがあるとファイル全体を取り込みません。誤りはすべて行番号と列名を付けて示します。";
    }

    // ClosedXML 0.95 guesses a type for a string value ("33101" becomes a number); these cells are text.
    private static void SetText(IXLCell cell, string text) => cell.SetValue(text).SetDataType(XLDataType.Text);

    /// <summary>Writes each distinct list of choices once, one list per column of the hidden sheet.</summary>
    private sealed class ChoiceLists(IXLWorksheet sheet)
    {
        private readonly Dictionary<string, IXLRange> _written = new(StringComparer.Ordinal);

        public IXLRange RangeOf(ImmutableArray<string> choices)
        {
            var key = string.Join('\n', choices);
            if (!_written.TryGetValue(key, out var range))
            {
                var column = _written.Count + 1;
                for (var i = 0; i < choices.Length; i++)
                {
                    SetText(sheet.Cell(i + 1, column), choices[i]);
                }

                range = sheet.Range(1, column, choices.Length, column);
                _written[key] = range;
            }

            return range;
        }
    }
}
