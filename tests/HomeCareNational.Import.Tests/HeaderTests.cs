namespace HomeCareNational.Import.Tests;

public sealed class HeaderTests
{
    private const string UnknownColumn = "テンプレートにない列です";

    [Fact]
    public void A_missing_column_is_named()
    {
        var rows = Samples.Rows(2).Select(r => r[..^1]);

        var result = Samples.ImportCsv(rows);

        Assert.Equal(["行 1 「状態」: 列がありません"], result.Messages());
    }

    [Fact]
    public void A_renamed_header_is_named_as_unknown_and_the_expected_one_as_missing()
    {
        var rows = Samples.Rows(2);
        rows[0] = rows[0].With("種別", "種類");

        var result = Samples.ImportXlsx(rows);

        Assert.Equal(
            [
                $"行 1 「種類」: {UnknownColumn}（C 列）: 列名を直すか、列を削除してください",
                "行 1 「種別」: 列がありません",
            ],
            result.Messages());
    }

    [Fact]
    public void An_extra_column_is_refused_rather_than_dropped()
    {
        var rows = Samples.Rows(2).Select((r, i) => (string[])[.. r, i == 0 ? "備考" : "メモ"]);

        var result = Samples.ImportXlsx(rows);

        Assert.Equal([$"行 1 「備考」: {UnknownColumn}（M 列）: 列名を直すか、列を削除してください"], result.Messages());
        Assert.Empty(result.Institutions);
    }

    [Fact]
    public void A_repeated_header_names_both_columns()
    {
        var rows = Samples.Rows(1).Select((r, i) => (string[])[.. r, i == 0 ? "名称" : "別名"]);

        var result = Samples.ImportCsv(rows);

        Assert.Equal(["行 1 「名称」: 同じ列名が B・M 列にあります"], result.Messages());
    }

    [Fact]
    public void Values_in_a_column_without_header_are_refused_naming_the_first_row()
    {
        var rows = Samples.Rows(3);
        rows[2] = [.. rows[2], "", "はみ出し"];

        var result = Samples.ImportCsv(rows);

        Assert.Equal(["行 1: N 列に列名がありませんが、値があります（行 3 など）: 列名を入れるか、値を消してください"], result.Messages());
    }

    [Fact]
    public void Trailing_empty_fields_past_the_header_are_harmless()
    {
        var rows = Samples.Rows(2).Select(r => (string[])[.. r, "", ""]);

        var result = Samples.ImportCsv(rows);

        Assert.Equal<DesignatedInstitution>([Samples.Institution(1), Samples.Institution(2)], result.Institutions);
    }

    [Fact]
    public void Headers_typed_in_full_width_or_with_spaces_match()
    {
        var rows = Samples.Rows(1);
        rows[0] = rows[0].With("24時間対応", "２４時間対応").With("圏域ID", " 圏域ＩＤ ");

        var result = Samples.ImportCsv(rows);

        Assert.Equal<DesignatedInstitution>([Samples.Institution(1)], result.Institutions);
    }

    [Fact]
    public void A_file_with_title_rows_above_the_header_names_every_header_missing()
    {
        string[] title = ["令和6年度 在宅医療において積極的役割を担う医療機関"];

        var result = Samples.ImportCsv([title, .. Samples.Rows(1)]);

        Assert.Equal($"行 1 「令和6年度 在宅医療において積極的役割を担う医療機関」: {UnknownColumn}（A 列）: 列名を直すか、列を削除してください", result.Messages()[0]);
        Assert.Equal(13, result.Errors.Length);
    }

    [Theory]
    [InlineData("register.csv")]
    [InlineData("register.xlsx")]
    public void An_empty_file_has_no_header_row(string fileName)
    {
        var content = fileName.EndsWith(".csv", StringComparison.Ordinal) ? [] : XlsxFile.From([]);

        var result = Samples.Import(content, fileName);

        Assert.Equal(["見出し行がありません: 1 行目に列名を入れてください"], result.Messages());
    }
}
