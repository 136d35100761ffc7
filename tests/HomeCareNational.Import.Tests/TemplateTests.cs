using ClosedXML.Excel;
using HomeCareNational.Import.Template;

namespace HomeCareNational.Import.Tests;

public sealed class TemplateTests
{
    private static XLWorkbook Template() => new(new MemoryStream(RegisterTemplate.Create()));

    [Fact]
    public void The_first_sheet_has_the_japanese_headers_in_order()
    {
        using var workbook = Template();
        var sheet = workbook.Worksheet(1);

        Assert.Equal(RegisterTemplate.DataSheetName, sheet.Name);
        Assert.Equal(Samples.Header, sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.All(Enumerable.Range(1, 12), c => Assert.True(sheet.Column(c).Width > 8));
    }

    [Fact]
    public void Kind_yes_no_and_status_columns_offer_drop_down_lists_from_a_hidden_sheet()
    {
        using var workbook = Template();
        var sheet = workbook.Worksheet(1);
        var choices = workbook.Worksheet(RegisterTemplate.ChoicesSheetName);

        var lists = sheet.DataValidations
            .Where(v => v.AllowedValues == XLAllowedValues.List && v.InCellDropdown)
            .SelectMany(v => v.Ranges.Select(r => (Column: r.FirstColumn().ColumnNumber(), Values: ListValues(workbook, v.Value))))
            .OrderBy(x => x.Column)
            .ToList();

        Assert.Equal(XLWorksheetVisibility.Hidden, choices.Visibility);
        Assert.Equal([3, 6, 7, 8, 9, 10, 12], lists.Select(x => x.Column));
        Assert.Equal(InstitutionKinds.All.Select(k => k.LabelJa), lists[0].Values);
        Assert.All(lists.Skip(1).SkipLast(1), x => Assert.Equal(["○", "×"], x.Values));
        Assert.Equal(["指定中", "指定取消"], lists[^1].Values);
    }

    [Fact]
    public void The_guide_sheet_explains_every_column()
    {
        using var workbook = Template();
        var guide = workbook.Worksheet(RegisterTemplate.GuideSheetName);

        Assert.Equal(Samples.Header, Enumerable.Range(2, 12).Select(r => guide.Cell(r, 1).GetString()));
        Assert.All(Enumerable.Range(2, 12), r => Assert.False(string.IsNullOrEmpty(guide.Cell(r, 3).GetString())));
    }

    [Fact]
    public void The_template_read_back_is_an_empty_register_without_errors()
    {
        var result = Samples.Import(RegisterTemplate.Create(), RegisterTemplate.FileName);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Institutions);
    }

    [Fact]
    public void A_filled_in_template_reads_as_its_rows()
    {
        using var workbook = Template();
        var sheet = workbook.Worksheet(1);
        var row = Samples.Row(1).With("医療機関コード", "0100000001").With("市町村コード", "01100").With("圏域ID", "");
        for (var c = 0; c < row.Length; c++)
        {
            // As typed into Excel: the value alone, the column's format decides its type.
            sheet.Cell(2, c + 1).Value = row[c];
        }

        sheet.Cell(2, 11).Value = new DateTime(2024, 4, 1);

        var result = RegisterImporter.Import(XlsxFile.Save(workbook), "filled.xlsx", "01", Samples.FiscalYear, PrefectureRegister.Empty);

        Assert.Empty(result.Messages());
        Assert.Equal(
            Samples.Institution(1) with { InstitutionCode = "0100000001", MunicipalityCode = "01100", HomeCareAreaId = null },
            Assert.Single(result.Institutions));
    }

    /// <summary>The values a list validation offers, from the range its formula names.</summary>
    private static IEnumerable<string> ListValues(XLWorkbook workbook, string formula)
    {
        Assert.True(workbook.TryGetWorksheet(RegisterTemplate.ChoicesSheetName, out _));
        var reference = formula.TrimStart('=').Split('!');
        var sheet = workbook.Worksheet(reference[0].Trim('\''));
        return sheet.Range(reference[1]).Cells().Select(c => c.GetString());
    }
}
