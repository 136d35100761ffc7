using System.Net;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using HomeCareNational.Identity;
using HomeCareNational.Import;
using HomeCareNational.Import.Template;
using static HomeCareNational.Api.Tests.Mutations.MutationRequests;

namespace HomeCareNational.Api.Tests.Mutations;

/// <summary>
/// The <c>importDesignations</c> mutation (the file as base64) and the upload's idempotency key, over real HTTP. Each
/// test keeps to a prefecture of the class's claim.
/// </summary>
[WritesRegisters(Year, "19", "20", "21", "22", "23", "24")]
[Collection(ServiceCollection.Name)]
public sealed class DesignationImportTests(ServiceFixture service)
{
    private const int Year = 2046;

    [Fact]
    public async Task The_filled_in_template_imports_as_xlsx_through_GraphQL()
    {
        const string P = "19";
        using var workbook = new XLWorkbook(new MemoryStream(RegisterTemplate.Create()));
        string[][] rows = [GraphQLImports.Row("1900000001", P, Year), GraphQLImports.Row("YMN-VNS-1", P, Year, nursing: true)];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                workbook.Worksheet(1).Cell(r + 2, c + 1).Value = rows[r][c];
            }
        }

        using var filled = new MemoryStream();
        workbook.SaveAs(filled);

        var response = await Editor(P).PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables(P, Year, filled.ToArray(), "登録.xlsx"));

        response.AssertData("""
            { "importDesignations": { "dryRun": false,
              "added": { "count": 2, "institutionCodes": ["1900000001", "YMN-VNS-1"] },
              "updated": { "count": 0, "institutionCodes": [] }, "withdrawn": { "count": 0, "institutionCodes": [] }, "unchanged": 0,
              "totals": { "total": 2, "clinical": 1, "nonClinical": 1, "version": 1 } } }
            """);
        var state = await StateAsync(P);
        Assert.Equal("importDesignations", Assert.Single(state["revisions"]!["items"]!.AsArray())!["operation"]!.GetValue<string>());
        Assert.Equal("VISITING_NURSE_STATION", state.InstitutionIn("YMN-VNS-1")["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_Shift_JIS_csv_imports_through_GraphQL_with_its_Japanese_intact()
    {
        const string P = "20";
        var file = GraphQLImports.ShiftJis.GetBytes(GraphQLImports.CsvText(
            GraphQLImports.Row("2000000001", P, Year, name: "髙橋在宅クリニック①"), GraphQLImports.Row("2000000002", P, Year, name: "㈱ながの訪問看護", nursing: true)));

        var response = await Editor(P).PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables(P, Year, file, "register.csv"));

        var changes = response.Accepted("importDesignations");
        Assert.Equal(ExpectedJson.Compact("""{ "total": 2, "clinical": 1, "nonClinical": 1, "version": 1 }"""), changes["totals"]!.ToJsonString());
        var state = await StateAsync(P);
        Assert.Equal("髙橋在宅クリニック①", state.InstitutionIn("2000000001")["name"]!.GetValue<string>());
        Assert.Equal("㈱ながの訪問看護", state.InstitutionIn("2000000002")["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_broken_file_answers_IMPORT_REJECTED_by_row_and_column_and_stores_nothing()
    {
        const string P = "21";
        var badKind = GraphQLImports.Row("2100000001", P, Year);
        badKind[2] = "訪看";
        var badDate = GraphQLImports.Row("2100000002", P, Year);
        badDate[10] = "来年";
        var before = await StateAsync(P);

        var response = await Editor(P).PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables(P, Year, GraphQLImports.Csv(badKind, badDate), "register.csv"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data!["importDesignations"]);
        Assert.Equal(["IMPORT_REJECTED", "IMPORT_REJECTED"], response.ErrorCodes);
        var errors = response.Errors.Select(e => (e!["extensions"]!["row"]!.GetValue<int>(), e["extensions"]!["column"]!.GetValue<string>())).ToList();
        Assert.Equal([(2, "種別"), (3, "指定日")], errors);
        Assert.Equal("行 2 「種別」: 「訪看」は不明な種別です", response.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal(["importDesignations"], response.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());
        Assert.Equal(0, before.Version());
    }

    [Fact]
    public async Task A_dry_run_through_GraphQL_reports_the_changes_and_stores_nothing()
    {
        const string P = "22";
        (await Editor(P).PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables(P, Year, GraphQLImports.Csv(
            GraphQLImports.Row("2200000001", P, Year), GraphQLImports.Row("2200000002", P, Year)), "register.csv"))).Accepted("importDesignations");
        var before = await StateAsync(P);

        var response = await Editor(P).PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables(P, Year, GraphQLImports.Csv(
            GraphQLImports.Row("2200000002", P, Year, name: "（テスト）改名"), GraphQLImports.Row("GIF-VNS-1", P, Year, nursing: true)), "register.csv", dryRun: true));

        response.AssertData("""
            { "importDesignations": { "dryRun": true,
              "added": { "count": 1, "institutionCodes": ["GIF-VNS-1"] },
              "updated": { "count": 1, "institutionCodes": ["2200000002"] }, "withdrawn": { "count": 1, "institutionCodes": ["2200000001"] }, "unchanged": 0,
              "totals": null } }
            """);
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());
    }

    [Fact]
    public async Task Content_that_is_not_base64_or_too_large_is_refused_on_contentBase64()
    {
        const string P = "23";
        var oversized = Convert.ToBase64String(new byte[ImportLimits.DefaultMaxFileBytes + 1]);

        var notBase64 = await Editor(P).PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.VariablesWithContent(P, Year, "これは base64 ではない", "register.csv"));
        var tooLarge = await Editor(P).PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.VariablesWithContent(P, Year, oversized, "register.csv"));

        Assert.Equal(["contentBase64"], notBase64.Refused("importDesignations"));
        Assert.Equal(["contentBase64"], tooLarge.Refused("importDesignations"));
        Assert.Contains("10,485,760", tooLarge.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, (await StateAsync(P)).Version());
    }

    [Fact]
    public async Task An_upload_retried_with_its_key_is_replayed_another_file_under_the_key_gets_422_and_a_malformed_key_400()
    {
        const string P = "24";
        var key = NewKey();
        var file = GraphQLImports.Csv(GraphQLImports.Row("2400000001", P, Year), GraphQLImports.Row("SIG-VNS-1", P, Year, nursing: true));

        var first = await Editor(P).ImportWithKeyAsync(P, Year, file, key);
        var stored = await StateAsync(P);
        var retry = await Editor(P).ImportWithKeyAsync(P, Year, file, key);
        var otherFile = await Editor(P).ImportWithKeyAsync(P, Year, GraphQLImports.Csv(GraphQLImports.Row("2400000009", P, Year)), key);
        var sameFileAsGraphQL = await Editor(P).PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables(P, Year, file, "register.csv", idempotencyKey: key));
        var malformedKey = await Editor(P).ImportWithKeyAsync(P, Year, GraphQLImports.Csv(GraphQLImports.Row("2400000009", P, Year)), "short");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherFile.StatusCode);
        Assert.Contains(key, (await otherFile.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformedKey.StatusCode);
        Assert.Contains("short", await malformedKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var replayed = sameFileAsGraphQL.Accepted("importDesignations");
        Assert.Equal(1, replayed["totals"]!["version"]!.GetValue<long>());

        Assert.Equal(1, stored.Version());
        Assert.Equal(2, stored.Designations());
        Assert.Equal(key, Assert.Single(stored["revisions"]!["items"]!.AsArray())!["idempotencyKey"]!.GetValue<string>());
        Assert.Equal(stored.ToJsonString(), (await StateAsync(P)).ToJsonString());
    }

    private HttpClient Editor(string prefecture) => service.ClientFor(AppRoles.PrefectureEditor, prefecture);

    private Task<JsonNode> StateAsync(string prefecture) => service.ClientFor(AppRoles.MinistryAnalyst).StateAsync(prefecture, Year);
}
