namespace HomeCareNational.Import.Tests;

public sealed class SpreadsheetFeatureTests
{
    [Fact]
    public void A_formula_cell_is_refused_naming_the_cell_and_formula()
    {
        var bytes = XlsxFile.From(Samples.Rows(3), sheet =>
        {
            sheet.Cell("K3").FormulaA1 = "TODAY()";
            sheet.Cell("B4").FormulaA1 = "B3&\"分院\"";
        });

        var result = Samples.Import(bytes, "register.xlsx");

        Assert.Equal(
            [
                "行 3 「指定日」: セル K3 は数式（=TODAY()）です: 値に置き換えてください",
                "行 4 「名称」: セル B4 は数式（=B3&\"分院\"）です: 値に置き換えてください",
            ],
            result.Messages());
    }

    [Fact]
    public void A_formula_in_the_header_row_is_refused()
    {
        var bytes = XlsxFile.From(Samples.Rows(1), sheet => sheet.Cell("A1").FormulaA1 = "\"医療機関\"&\"コード\"");

        var result = Samples.Import(bytes, "register.xlsx");

        Assert.Equal(
            ["行 1: セル A1 は数式（=\"医療機関\"&\"コード\"）です: 値に置き換えてください", "行 1 「医療機関コード」: 列がありません"],
            result.Messages());
    }

    [Fact]
    public void Merged_cells_are_refused_naming_each_range()
    {
        var bytes = XlsxFile.From(Samples.Rows(4), sheet =>
        {
            sheet.Range("C4:C5").Merge();
            sheet.Range("B2:B3").Merge();
        });

        var result = Samples.Import(bytes, "register.xlsx");

        Assert.Equal(
            [
                "行 2: セル B2:B3 が結合されています: 結合を解除してください",
                "行 4: セル C4:C5 が結合されています: 結合を解除してください",
            ],
            result.Messages());
    }
}
