using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using HomeCareNational.Api.Tests.Mutations;
using HomeCareNational.Identity;
using HomeCareNational.Import;
using static HomeCareNational.Api.Tests.Mutations.MutationRequests;

namespace HomeCareNational.Api.Tests.Import;

/// <summary>
/// Broken register files sent over real HTTP, through the upload (<c>POST /prefectures/{code}/fiscal-years/{year}/designations/import</c>)
/// and the <c>importDesignations</c> mutation: each gets the importer's precise error list (the same lines
/// HomeCareNational.Import.Tests expect for the same input) and leaves the stored register, its version and its
/// revisions as they were. What the importer does not count as an error (empty rows, 10,000 rows) is shown accepted.
/// Every test first gives its own (prefecture, fiscal year) pair of the class's claim an area and a register of two
/// institutions; nothing here reads national totals.
/// </summary>
[WritesRegisters(Year, "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16")]
[Collection(ServiceCollection.Name)]
public sealed class BrokenUploadTests(ServiceFixture service)
{
    private const int Year = 2029;

    private const string NotXlsx = "Excel ファイル（.xlsx）として読めません: ファイルが壊れているか、別の形式のファイルです";

    private const string UnknownColumn = "テンプレートにない列です";

    [Theory]
    [InlineData("wrong encoding", "01")]
    [InlineData("missing header", "02")]
    [InlineData("renamed header", "03")]
    [InlineData("extra column", "04")]
    [InlineData("empty rows around a bad row", "05")]
    [InlineData("formulas", "06")]
    [InlineData("merged cells", "07")]
    [InlineData("duplicate key", "08")]
    [InlineData("text renamed .xlsx", "09")]
    [InlineData("old .xls renamed .xlsx", "10")]
    [InlineData("over the row limit", "11")]
    public async Task A_broken_file_gets_its_precise_errors_over_REST_and_GraphQL_and_leaves_the_register_untouched(string brokenCase, string p)
    {
        var before = await GivenATwoInstitutionRegisterAsync(p);
        var (file, fileName, expected) = Broken(brokenCase, p);

        var upload = await Editor(p).ImportAsync(p, Year, file, fileName);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
        Assert.Equal(expected, await ErrorTextsAsync(upload));
        Assert.Equal(before.ToJsonString(), (await StateAsync(p)).ToJsonString());

        var mutation = await Editor(p).PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables(p, Year, file, fileName));

        Assert.Equal(HttpStatusCode.OK, mutation.Status);
        Assert.Null(mutation.Data!["importDesignations"]);
        Assert.All(mutation.ErrorCodes, code => Assert.Equal("IMPORT_REJECTED", code));
        Assert.Equal(expected, mutation.Errors.Select(e => e!["message"]!.GetValue<string>()));
        Assert.Equal(before.ToJsonString(), (await StateAsync(p)).ToJsonString());
    }

    [Fact]
    public async Task A_file_one_byte_over_the_size_limit_gets_413_or_VALIDATION_FAILED_and_leaves_the_register_untouched()
    {
        const string P = "12";
        var before = await GivenATwoInstitutionRegisterAsync(P);
        var rows = BrokenFiles.Rows(P, Year, 1);
        rows[1] = rows[1].With("名称", "");
        var padding = ImportLimits.DefaultMaxFileBytes + 1 - BrokenFiles.Csv(rows).Length;
        rows[1] = rows[1].With("名称", new string('x', checked((int)padding)));
        var file = BrokenFiles.Csv(rows);
        Assert.Equal(ImportLimits.DefaultMaxFileBytes + 1, file.Length);

        var upload = await Editor(P).ImportAsync(P, Year, file);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, upload.StatusCode);
        Assert.Equal(["ファイルサイズが上限の 10,485,760 バイトを超えています"], await ErrorTextsAsync(upload));
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());

        var mutation = await Editor(P).PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables(P, Year, file, "register.csv"));

        Assert.Equal(["contentBase64"], mutation.Refused("importDesignations"));
        Assert.Equal(
            ["contentBase64 is not base64, or decodes to more than the 10,485,760 bytes a file may hold."],
            mutation.Errors.Select(e => e!["message"]!.GetValue<string>()));
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());
    }

    [Theory]
    [InlineData(Transport.Rest, "13")]
    [InlineData(Transport.GraphQL, "14")]
    public async Task Empty_rows_are_skipped_and_the_rows_around_them_imported(Transport transport, string p)
    {
        await GivenATwoInstitutionRegisterAsync(p);
        var rows = BrokenFiles.Rows(p, Year, 3);
        rows.Insert(2, []);
        rows.Insert(3, ["", " ", "", "\u3000"]);
        rows.Add([]);

        var changes = await AcceptedAsync(transport, p, BrokenFiles.Csv(rows), "register.csv");

        Assert.Equal([BrokenFiles.Code(p, 3)], changes["added"]!["institutionCodes"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(0, changes["updated"]!["count"]!.GetValue<int>());
        Assert.Equal(0, changes["withdrawn"]!["count"]!.GetValue<int>());
        Assert.Equal(2, changes["unchanged"]!.GetValue<int>());
        Assert.Equal(3, changes["totals"]!["total"]!.GetValue<int>());
        var after = await StateAsync(p);
        Assert.Equal(3, after.Version());
        Assert.Equal(3, after.Designations());
        Assert.Equal(3, after["revisions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(
            [BrokenFiles.Code(p, 1), BrokenFiles.Code(p, 2), BrokenFiles.Code(p, 3)],
            after["register"]!["institutions"]!["items"]!.AsArray().Select(i => i!["institutionCode"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Transport.Rest, "15")]
    [InlineData(Transport.GraphQL, "16")]
    public async Task A_ten_thousand_row_xlsx_is_accepted_whole(Transport transport, string p)
    {
        await GivenATwoInstitutionRegisterAsync(p);

        var changes = await AcceptedAsync(transport, p, BrokenFiles.Xlsx(BrokenFiles.Rows(p, Year, 10_000)), "register.xlsx");

        Assert.Equal(9_998, changes["added"]!["count"]!.GetValue<int>());
        Assert.Equal(2, changes["unchanged"]!.GetValue<int>());
        Assert.Equal(0, changes["withdrawn"]!["count"]!.GetValue<int>());
        Assert.Equal(10_000, changes["totals"]!["total"]!.GetValue<int>());
        var after = await StateAsync(p);
        Assert.Equal(3, after.Version());
        Assert.Equal(10_000, after.Designations());
        Assert.Equal(10_000, after["register"]!["institutions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(3, after["revisions"]!["totalCount"]!.GetValue<int>());
    }

    public enum Transport
    {
        Rest,
        GraphQL,
    }

    /// <summary>The broken file of <paramref name="brokenCase"/> for prefecture <paramref name="p"/>, its name, and the error lines it must get.</summary>
    private static (byte[] File, string FileName, string[] Errors) Broken(string brokenCase, string p)
    {
        var rows = BrokenFiles.Rows(p, Year, 4);
        return brokenCase switch
        {
            "wrong encoding" => (
                [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(BrokenFiles.CsvText(BrokenFiles.Rows(p, Year, 1)))],
                "register.csv",
                ["文字コードを判別できません: UTF-8 でも Shift_JIS でもありません"]),
            "missing header" => (
                BrokenFiles.Csv(BrokenFiles.Rows(p, Year, 2).Select(r => r[..^1])),
                "register.csv",
                ["行 1 「状態」: 列がありません"]),
            "renamed header" => (
                BrokenFiles.Xlsx([rows[0].With("種別", "種類"), .. rows[1..]]),
                "register.xlsx",
                [$"行 1 「種類」: {UnknownColumn}（C 列）: 列名を直すか、列を削除してください", "行 1 「種別」: 列がありません"]),
            "extra column" => (
                BrokenFiles.Xlsx(rows.Select((r, i) => (string[])[.. r, i == 0 ? "備考" : "メモ"])),
                "register.xlsx",
                [$"行 1 「備考」: {UnknownColumn}（M 列）: 列名を直すか、列を削除してください"]),
            "empty rows around a bad row" => (
                BrokenFiles.Csv([rows[0], rows[1], [], ["", " ", "", "\u3000"], rows[2], rows[3].With("種別", "訪看"), []]),
                "register.csv",
                ["行 6 「種別」: 「訪看」は不明な種別です"]),
            "formulas" => (
                BrokenFiles.Xlsx(BrokenFiles.Rows(p, Year, 3), sheet =>
                {
                    sheet.Cell("K3").FormulaA1 = "TODAY()";
                    sheet.Cell("B4").FormulaA1 = "B3&\"分院\"";
                }),
                "register.xlsx",
                ["行 3 「指定日」: セル K3 は数式（=TODAY()）です: 値に置き換えてください", "行 4 「名称」: セル B4 は数式（=B3&\"分院\"）です: 値に置き換えてください"]),
            "merged cells" => (
                BrokenFiles.Xlsx(rows, sheet =>
                {
                    sheet.Range("C4:C5").Merge();
                    sheet.Range("B2:B3").Merge();
                }),
                "register.xlsx",
                ["行 2: セル B2:B3 が結合されています: 結合を解除してください", "行 4: セル C4:C5 が結合されています: 結合を解除してください"]),
            "duplicate key" => (
                BrokenFiles.Xlsx([rows[0], rows[1], [], rows[2], rows[3], BrokenFiles.Row(p, Year, 1).With("名称", "（テスト）重複")]),
                "register.xlsx",
                [$"行 6 「医療機関コード」: institutionCode \"{BrokenFiles.Code(p, 1)}\" appears again; it was already given at 行 2."]),
            "text renamed .xlsx" => (Encoding.UTF8.GetBytes("これは Excel ファイルではありません"), "register.xlsx", [NotXlsx]),
            "old .xls renamed .xlsx" => (
                [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
                "register.xlsx",
                ["古い形式（.xls）またはパスワード付きの Excel ファイルは読めません: パスワードを外し、.xlsx 形式で保存してください"]),
            "over the row limit" => (
                BrokenFiles.Csv(BrokenFiles.Rows(p, Year, ImportLimits.Default.MaxRows + 1)),
                "register.csv",
                [string.Create(CultureInfo.InvariantCulture, $"データ行が上限の {ImportLimits.Default.MaxRows:N0} 行を超えています")]),
            _ => throw new ArgumentOutOfRangeException(nameof(brokenCase), brokenCase, "No such broken file."),
        };
    }

    /// <summary>
    /// Gives (<paramref name="p"/>, <see cref="Year"/>) area <see cref="BrokenFiles.AreaId"/> and, by an import, institutions 1 and 2;
    /// checks and returns the state read back: version 2, two designations, two revisions.
    /// </summary>
    private async Task<JsonNode> GivenATwoInstitutionRegisterAsync(string p)
    {
        (await Editor(p).MutateAsync("upsertHomeCareArea", p, Year, null, MutationArgument.Area(Area(BrokenFiles.AreaId, $"{p}201")))).Accepted("upsertHomeCareArea");
        var imported = await Editor(p).ImportAsync(p, Year, BrokenFiles.Csv(BrokenFiles.Rows(p, Year, 2)));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var state = await StateAsync(p);
        Assert.Equal(2, state.Version());
        Assert.Equal(2, state.Designations());
        Assert.Equal(2, state["revisions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, state["register"]!["areas"]!["totalCount"]!.GetValue<int>());
        return state;
    }

    /// <summary>Imports through <paramref name="transport"/>, checks it was accepted and returns what changed (the same shape either way).</summary>
    private async Task<JsonNode> AcceptedAsync(Transport transport, string p, byte[] file, string fileName)
    {
        if (transport == Transport.GraphQL)
        {
            return (await Editor(p).PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables(p, Year, file, fileName))).Accepted("importDesignations");
        }

        var response = await Editor(p).ImportAsync(p, Year, file, fileName);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        var changes = JsonNode.Parse(body)!;
        Assert.False(changes["dryRun"]!.GetValue<bool>());
        return changes;
    }

    private static async Task<string[]> ErrorTextsAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        return [.. errors.Select(e => e!["text"]!.GetValue<string>())];
    }

    private HttpClient Editor(string prefecture) => service.ClientFor(AppRoles.PrefectureEditor, prefecture);

    private Task<JsonNode> StateAsync(string prefecture) => service.ClientFor(AppRoles.MinistryAnalyst).StateAsync(prefecture, Year);
}
