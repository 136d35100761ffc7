using System.Text;
using ClosedXML.Excel;

namespace HomeCareNational.Import.Tests;

public sealed class ReadingFormatsTests
{
    private static readonly DesignatedInstitution[] Expected = [Samples.Institution(1), Samples.Institution(2), Samples.Institution(3)];

    [Fact]
    public void An_xlsx_register_reads_as_its_institutions()
    {
        var result = Samples.ImportXlsx(Samples.Rows(3));

        Assert.Empty(result.Messages());
        Assert.Equal(Expected, result.Institutions);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_utf8_csv_reads_with_or_without_bom(bool withBom)
    {
        var result = Samples.Import(CsvFile.Utf8(Samples.Rows(3), withBom), "register.csv");

        Assert.Empty(result.Messages());
        Assert.Equal(Expected, result.Institutions);
    }

    [Fact]
    public void A_shift_jis_csv_as_japanese_excel_writes_it_reads_the_same()
    {
        // 髙 and ㈱ exist only in Microsoft's Shift_JIS (code page 932), which is what Excel writes.
        var rows = Samples.Rows(1);
        rows[1] = rows[1].With("名称", "医療法人㈱髙橋クリニック");

        var result = Samples.Import(CsvFile.InShiftJis(rows), "register.csv");

        Assert.Empty(result.Messages());
        Assert.Equal("医療法人㈱髙橋クリニック", Assert.Single(result.Institutions).Name);
    }

    [Fact]
    public void A_csv_in_neither_utf8_nor_shift_jis_is_refused_as_a_whole()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(CsvFile.Text(Samples.Rows(1)))).ToArray();

        var result = Samples.Import(utf16, "register.csv");

        Assert.Equal(["文字コードを判別できません: UTF-8 でも Shift_JIS でもありません"], result.Messages());
        Assert.Empty(result.Institutions);
    }

    [Fact]
    public void A_binary_file_renamed_csv_is_refused_for_its_encoding()
    {
        var result = Samples.Import([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "register.csv");

        Assert.Equal(["文字コードを判別できません: UTF-8 でも Shift_JIS でもありません"], result.Messages());
    }

    [Fact]
    public void Quoted_csv_fields_keep_commas_quotes_and_line_breaks_in_one_row()
    {
        var rows = Samples.Rows(2);
        rows[1] = rows[1].With("名称", "在宅クリニック, \"本院\"\n分院");
        rows[2] = rows[2].With("種別", "訪看");

        var result = Samples.ImportCsv(rows);

        // The line break inside the quoted name does not shift the next row's number.
        Assert.Equal(["行 3 「種別」: 「訪看」は不明な種別です"], result.Messages());
    }

    [Fact]
    public void Typed_excel_cells_read_as_their_values()
    {
        var bytes = XlsxFile.From(Samples.Rows(1), sheet =>
        {
            sheet.Cell(2, 4).SetValue(33101);
            sheet.Cell(2, 6).SetValue(true);
            sheet.Cell(2, 7).SetValue(1);
            sheet.Cell(2, 8).SetValue(false);
            sheet.Cell(2, 9).SetValue(0);
            sheet.Cell(2, 11).SetValue(new DateTime(2024, 10, 1));
        });

        var result = Samples.Import(bytes, "register.xlsx");

        Assert.Empty(result.Messages());
        Assert.Equal(
            Samples.Institution(1) with
            {
                Functions = HomeCareFunctions.DischargeSupport | HomeCareFunctions.DailyCareSupport,
                DesignatedOn = new DateOnly(2024, 10, 1),
            },
            Assert.Single(result.Institutions));
    }

    [Fact]
    public void Columns_may_come_in_any_order()
    {
        var order = new[] { 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 };
        var rows = Samples.Rows(2).Select(r => order.Select(i => r[i]).ToArray());

        var result = Samples.ImportXlsx(rows);

        Assert.Empty(result.Messages());
        Assert.Equal<DesignatedInstitution>([Samples.Institution(1), Samples.Institution(2)], result.Institutions);
    }

    [Fact]
    public void Only_the_first_worksheet_is_read()
    {
        using var workbook = new XLWorkbook();
        var first = workbook.AddWorksheet("登録");
        var other = workbook.AddWorksheet("メモ");
        foreach (var (row, r) in Samples.Rows(1).Select((row, r) => (row, r)))
        {
            for (var c = 0; c < row.Length; c++)
            {
                XlsxFile.SetText(first.Cell(r + 1, c + 1), row[c]);
            }
        }

        XlsxFile.SetText(other.Cell(1, 1), "自由なメモ");

        var result = Samples.Import(XlsxFile.Save(workbook), "register.xlsx");

        Assert.Equal<DesignatedInstitution>([Samples.Institution(1)], result.Institutions);
    }

    [Fact]
    public void A_ten_thousand_row_file_reads_every_row()
    {
        var result = Samples.ImportXlsx(Samples.Rows(10_000));

        Assert.Empty(result.Messages());
        Assert.Equal(10_000, result.Institutions.Length);
        Assert.Equal(Samples.Institution(1), result.Institutions[0]);
        Assert.Equal(Samples.Institution(10_000), result.Institutions[^1]);
    }
}
