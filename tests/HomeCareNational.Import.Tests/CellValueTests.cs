namespace HomeCareNational.Import.Tests;

public sealed class CellValueTests
{
    public static TheoryData<string, InstitutionKind> KindLabels()
    {
        var data = new TheoryData<string, InstitutionKind>();
        foreach (var kind in InstitutionKinds.All)
        {
            data.Add(kind.LabelJa, kind.Kind);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindLabels))]
    public void Every_kind_reads_from_its_japanese_label(string label, InstitutionKind kind)
    {
        var result = Samples.ImportCsv([Samples.Header, Samples.Row(1).With("種別", label)]);

        Assert.Equal(kind, Assert.Single(result.Institutions).Kind);
    }

    [Theory]
    [InlineData("VisitingNurseStation", InstitutionKind.VisitingNurseStation)]
    [InlineData("dentalclinic", InstitutionKind.DentalClinic)]
    [InlineData("病院(上記以外)", InstitutionKind.Hospital)]
    public void A_kind_also_reads_from_its_english_identifier_or_with_half_width_brackets(string text, InstitutionKind kind)
    {
        var result = Samples.ImportCsv([Samples.Header, Samples.Row(1).With("種別", text)]);

        Assert.Equal(kind, Assert.Single(result.Institutions).Kind);
    }

    [Fact]
    public void An_unknown_kind_is_reported_with_its_row_and_header()
    {
        var rows = Samples.Rows(16);
        rows[16] = rows[16].With("種別", "訪看");

        var result = Samples.ImportXlsx(rows);

        Assert.Equal(["行 17 「種別」: 「訪看」は不明な種別です"], result.Messages());
        Assert.Empty(result.Institutions);
    }

    [Fact]
    public void A_kind_number_is_not_taken_for_the_enum_value()
    {
        var result = Samples.ImportCsv([Samples.Header, Samples.Row(1).With("種別", "3")]);

        Assert.Equal(["行 2 「種別」: 「3」は不明な種別です"], result.Messages());
    }

    [Theory]
    [InlineData("○", true)]
    [InlineData("〇", true)]
    [InlineData("有", true)]
    [InlineData("はい", true)]
    [InlineData("TRUE", true)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("１", true)]
    [InlineData("×", false)]
    [InlineData("無", false)]
    [InlineData("いいえ", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    public void Yes_and_no_read_in_every_accepted_spelling(string text, bool expected)
    {
        var result = Samples.ImportCsv([Samples.Header, Samples.Row(1).With("24時間対応", text).With("看取り", text)]);

        var institution = Assert.Single(result.Institutions);
        Assert.Equal(expected, institution.Provides24Hours);
        Assert.Equal(expected, institution.Functions.HasFlag(HomeCareFunctions.EndOfLifeCare));
    }

    [Fact]
    public void The_four_function_columns_make_the_set_of_functions()
    {
        var row = Samples.Row(1).With("退院支援", "×").With("日常の療養支援", "○").With("急変時の対応", "×").With("看取り", "○");

        var result = Samples.ImportCsv([Samples.Header, row]);

        Assert.Equal(HomeCareFunctions.DailyCareSupport | HomeCareFunctions.EndOfLifeCare, Assert.Single(result.Institutions).Functions);
    }

    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2024/4/1")]
    [InlineData("2024/04/01")]
    [InlineData("２０２４/４/１")]
    public void Dates_read_in_the_accepted_formats(string text)
    {
        var result = Samples.ImportCsv([Samples.Header, Samples.Row(1).With("指定日", text)]);

        Assert.Equal(new DateOnly(2024, 4, 1), Assert.Single(result.Institutions).DesignatedOn);
    }

    [Theory]
    [InlineData("指定中", DesignationStatus.Active)]
    [InlineData("指定取消", DesignationStatus.Withdrawn)]
    [InlineData("Withdrawn", DesignationStatus.Withdrawn)]
    public void Status_reads_from_its_label(string text, DesignationStatus expected)
    {
        var result = Samples.ImportCsv([Samples.Header, Samples.Row(1).With("状態", text)]);

        Assert.Equal(expected, Assert.Single(result.Institutions).Status);
    }

    [Fact]
    public void Codes_typed_in_full_width_and_cells_with_spaces_read_as_plain_values()
    {
        var row = Samples.Row(1).With("医療機関コード", " ３３０００００００１ ").With("市町村コード", "３３１０１").With("名称", "\u3000（テスト）在宅クリニック1 ");

        var result = Samples.ImportCsv([Samples.Header, row]);

        Assert.Empty(result.Messages());
        Assert.Equal(Samples.Institution(1), Assert.Single(result.Institutions));
    }

    [Fact]
    public void An_empty_area_means_no_area_assigned()
    {
        var result = Samples.ImportCsv([Samples.Header, Samples.Row(1).With("圏域ID", "")]);

        Assert.Null(Assert.Single(result.Institutions).HomeCareAreaId);
    }

    [Fact]
    public void Every_bad_cell_of_every_row_is_reported_in_file_order()
    {
        var rows = Samples.Rows(3);
        rows[1] = rows[1].With("名称", "").With("退院支援", "△").With("指定日", "2024年4月1日");
        rows[3] = rows[3].With("状態", "休止").With("24時間対応", "");

        var result = Samples.ImportCsv(rows);

        Assert.Equal(
            [
                "行 2 「名称」: 値がありません",
                "行 2 「退院支援」: 「△」は ○ か × で入力してください（有/無、はい/いいえ、TRUE/FALSE、1/0 も使えます）",
                "行 2 「指定日」: 「2024年4月1日」は日付として読めません: 2024-04-01 か 2024/4/1 の形で入力してください",
                "行 4 「24時間対応」: 値がありません",
                "行 4 「状態」: 「休止」は不明な状態です: 指定中 か 指定取消 を入力してください",
            ],
            result.Messages());
        Assert.Empty(result.Institutions);
    }

    [Fact]
    public void A_long_value_is_shortened_in_the_message()
    {
        var result = Samples.ImportCsv([Samples.Header, Samples.Row(1).With("種別", new string('あ', 50))]);

        Assert.Equal([$"行 2 「種別」: 「{new string('あ', 40)}…」は不明な種別です"], result.Messages());
    }
}
