namespace HomeCareNational.Import.Tests;

public sealed class DomainErrorTests
{
    [Fact]
    public void Validator_errors_are_placed_by_row_and_header()
    {
        var rows = Samples.Rows(4);
        rows[1] = rows[1].With("医療機関コード", "12345");
        rows[2] = rows[2].With("市町村コード", "13101").With("圏域ID", "Z9");
        rows[4] = rows[4].With("指定日", "2025/4/1");

        var result = Samples.ImportCsv(rows);

        Assert.Equal(
            [
                "行 2 「医療機関コード」: institutionCode \"12345\" must be a 10-digit 医療機関コード or a prefecture-issued id (a letter, then 1 to 31 letters, digits or '-').",
                "行 3 「市町村コード」: municipalityCode \"13101\" is not in prefecture 33: a municipality code starts with its prefecture's code.",
                "行 3 「圏域ID」: homeCareAreaId \"Z9\" is not one of the prefecture's home-care areas for this fiscal year; submit the areas first.",
                "行 5 「指定日」: designatedOn 2025-04-01 is after the end of fiscal year 2024 (2025-03-31).",
            ],
            result.Messages());
        Assert.Empty(result.Institutions);
    }

    [Fact]
    public void A_duplicate_code_names_both_rows_as_the_file_numbers_them()
    {
        var rows = Samples.Rows(3);
        rows.Insert(2, []);
        rows.Add(Samples.Row(1).With("名称", "（テスト）重複"));

        var result = Samples.ImportXlsx(rows);

        Assert.Equal(
            ["行 6 「医療機関コード」: institutionCode \"3300000001\" appears again; it was already given at 行 2."],
            result.Messages());
    }

    [Fact]
    public void A_prefecture_issued_id_is_accepted_for_a_body_without_a_code()
    {
        var rows = Samples.Rows(1);
        rows[1] = rows[1].With("医療機関コード", "OKY-0001").With("種別", "訪問看護事業所");

        var result = Samples.ImportCsv(rows);

        Assert.Equal("OKY-0001", Assert.Single(result.Institutions).InstitutionCode);
    }
}
