namespace HomeCareNational.Import.Tests;

public sealed class EmptyRowTests
{
    private static List<string[]> WithEmptyRows()
    {
        var rows = Samples.Rows(3);
        rows.Insert(2, []);
        rows.Insert(3, ["", " ", "", "\u3000"]);
        rows.Add([]);
        rows[5] = rows[5].With("種別", "訪看");
        return rows;
    }

    [Fact]
    public void Fully_empty_csv_rows_are_skipped_and_later_rows_keep_their_numbers()
    {
        var result = Samples.ImportCsv(WithEmptyRows());

        Assert.Equal(["行 6 「種別」: 「訪看」は不明な種別です"], result.Messages());
    }

    [Fact]
    public void Fully_empty_xlsx_rows_are_skipped_and_later_rows_keep_their_numbers()
    {
        var result = Samples.ImportXlsx(WithEmptyRows());

        Assert.Equal(["行 6 「種別」: 「訪看」は不明な種別です"], result.Messages());
    }

    [Fact]
    public void A_file_of_empty_rows_is_an_empty_register()
    {
        var rows = WithEmptyRows();
        rows[5] = rows[5].With("種別", "在宅療養支援診療所");

        var result = Samples.ImportCsv(rows);

        Assert.True(result.Succeeded);
        Assert.Equal<DesignatedInstitution>([Samples.Institution(1), Samples.Institution(2), Samples.Institution(3)], result.Institutions);
    }
}
