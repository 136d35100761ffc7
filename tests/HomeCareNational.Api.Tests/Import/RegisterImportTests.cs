using System.Net;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using HomeCareNational.Domain.Register;
using HomeCareNational.Identity;
using HomeCareNational.Import;
using HomeCareNational.Import.Template;

namespace HomeCareNational.Api.Tests.Import;

/// <summary>
/// The register upload over real HTTP: template, import, dry run, all-or-nothing errors, access and size limits.
/// Each test that stores keeps to a register of its own, compared before and after, or to a year the class claims whole
/// where it reads the national totals as its own; the tests that must store nothing share <see cref="ReadOnlyYear"/>,
/// which stays empty.
/// </summary>
[WritesRegisters(ReadOnlyYear, Okayama)]
[WritesRegisters(ImportYear, Okayama)]
[WritesRegisters(TemplateYear)]
[WritesRegisters(DryRunYear, Okayama)]
[Collection(ServiceCollection.Name)]
public sealed class RegisterImportTests(ServiceFixture service)
{
    private const string Okayama = "33";
    private const int ReadOnlyYear = 2048;
    private const int ImportYear = 2047;
    private const int TemplateYear = 2037;
    private const int DryRunYear = 2039;

    [Fact]
    public async Task The_template_downloads_as_an_xlsx_that_reads_back_as_an_empty_register()
    {
        var response = await service.ClientFor(AppRoles.DashboardReader).GetAsync("/register-template.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RegisterTemplate.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(RegisterTemplate.FileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var read = RegisterImporter.Import(bytes, RegisterTemplate.FileName, Okayama, ReadOnlyYear, PrefectureRegister.Empty);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        Assert.Empty(read.Institutions);
    }

    [Fact]
    public async Task The_template_needs_a_signed_in_caller()
    {
        using var anonymous = new HttpClient { BaseAddress = service.BaseAddress };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/register-template.xlsx")).StatusCode);
    }

    [Fact]
    public async Task A_valid_csv_replaces_the_designations_and_moves_the_national_totals()
    {
        const int Year = ImportYear;
        var before = await NationalAsync(Year);

        var response = await Editor(Okayama).ImportAsync(Okayama, Year, ImportRequests.Csv(
            ImportRequests.Row("3310000001", Year), ImportRequests.Row("OKA-VNS-1", Year, nursing: true)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.False(body["dryRun"]!.GetValue<bool>());
        Assert.Equal(["3310000001", "OKA-VNS-1"], Codes(body["added"]!));
        Assert.Equal(0, body["withdrawn"]!["count"]!.GetValue<int>());
        var totals = body["totals"]!;
        Assert.Equal(2, totals["total"]!.GetValue<int>());
        Assert.Equal(1, totals["clinical"]!.GetValue<int>());
        Assert.Equal(1, totals["nonClinical"]!.GetValue<int>());
        Assert.True(totals["version"]!.GetValue<long>() > 0);

        var after = await NationalAsync(Year);
        Assert.Equal(before["designations"]!["total"]!.GetValue<int>() + 2, after["designations"]!["total"]!.GetValue<int>());
        Assert.Equal(before["designations"]!["nonClinical"]!.GetValue<int>() + 1, after["designations"]!["nonClinical"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_template_filled_in_imports_as_xlsx()
    {
        const int Year = TemplateYear;
        var template = await (await Editor(Okayama).GetAsync("/register-template.xlsx")).Content.ReadAsByteArrayAsync();
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var row = ImportRequests.Row("3310000009", Year, nursing: true);
        for (var i = 0; i < row.Length; i++)
        {
            workbook.Worksheet(1).Cell(2, i + 1).Value = row[i];
        }

        using var filled = new MemoryStream();
        workbook.SaveAs(filled);

        var response = await Editor(Okayama).ImportAsync(Okayama, Year, filled.ToArray(), "登録.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(["3310000009"], Codes(body["added"]!));
        Assert.Equal(1, body["totals"]!["nonClinical"]!.GetValue<int>());
        Assert.Equal(1, (await NationalAsync(Year))["designations"]!["nonClinical"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_request_without_a_file_part_is_a_bad_request()
    {
        using var content = new MultipartFormDataContent { { new StringContent("x"), "other" } };

        var response = await Editor(Okayama).PostAsync(ImportRequests.ImportPath(Okayama, ReadOnlyYear), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("file", (await JsonAsync(response))["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_reports_the_changes_and_stores_nothing()
    {
        const int Year = DryRunYear;
        var stored = await Editor(Okayama).ImportAsync(Okayama, Year, ImportRequests.Csv(ImportRequests.Row("3310000001", Year), ImportRequests.Row("3310000002", Year)));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var before = await NationalAsync(Year);

        var changed = ImportRequests.Row("3310000002", Year);
        changed[1] = "（テスト）改名した診療所";
        var response = await Editor(Okayama).ImportAsync(Okayama, Year, ImportRequests.Csv(changed, ImportRequests.Row("3310000003", Year, nursing: true)), dryRun: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.True(body["dryRun"]!.GetValue<bool>());
        Assert.Equal(["3310000003"], Codes(body["added"]!));
        Assert.Equal(["3310000002"], Codes(body["updated"]!));
        Assert.Equal(["3310000001"], Codes(body["withdrawn"]!));
        Assert.Equal(0, body["unchanged"]!.GetValue<int>());
        Assert.Null(body["totals"]);
        Assert.Equal(before.ToJsonString(), (await NationalAsync(Year)).ToJsonString());
    }

    [Fact]
    public async Task An_invalid_file_gets_422_with_every_error_by_row_and_column_and_stores_nothing()
    {
        const int Year = ReadOnlyYear;
        var before = await NationalAsync(Year);

        var badDate = ImportRequests.Row("3310000002", Year);
        badDate[10] = "来年";
        var response = await Editor(Okayama).ImportAsync(Okayama, Year, ImportRequests.Csv(
            ImportRequests.Row("3310000001", Year, kind: "訪看"), badDate));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("行 2 「種別」", raw, StringComparison.Ordinal);
        var errors = JsonNode.Parse(raw)!["errors"]!.AsArray();
        Assert.Equal(2, errors.Count);
        Assert.Equal(2, errors[0]!["row"]!.GetValue<int>());
        Assert.Equal("種別", errors[0]!["column"]!.GetValue<string>());
        Assert.Equal("「訪看」は不明な種別です", errors[0]!["message"]!.GetValue<string>());
        Assert.Equal("行 2 「種別」: 「訪看」は不明な種別です", errors[0]!["text"]!.GetValue<string>());
        Assert.Equal(3, errors[1]!["row"]!.GetValue<int>());
        Assert.Equal("指定日", errors[1]!["column"]!.GetValue<string>());
        Assert.Equal(before.ToJsonString(), (await NationalAsync(Year)).ToJsonString());
    }

    [Fact]
    public async Task Importing_for_another_prefecture_is_forbidden_and_stores_nothing()
    {
        const int Year = ReadOnlyYear;
        var before = await NationalAsync(Year);

        var response = await Editor("34").ImportAsync(Okayama, Year, ImportRequests.Csv(ImportRequests.Row("3310000001", Year)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before.ToJsonString(), (await NationalAsync(Year)).ToJsonString());
    }

    [Fact]
    public async Task A_dashboard_reader_may_not_import()
    {
        var response = await service.ClientFor(AppRoles.DashboardReader).ImportAsync(Okayama, ReadOnlyYear, ImportRequests.Csv(ImportRequests.Row("3310000001", ReadOnlyYear)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Importing_without_a_token_is_unauthorized()
    {
        using var anonymous = new HttpClient { BaseAddress = service.BaseAddress };

        var response = await anonymous.ImportAsync(Okayama, ReadOnlyYear, ImportRequests.Csv(ImportRequests.Row("3310000001", ReadOnlyYear)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_gets_413_with_a_clear_message_and_stores_nothing()
    {
        const int Year = ReadOnlyYear;
        var before = await NationalAsync(Year);
        var oversized = new byte[ImportLimits.DefaultMaxFileBytes + 1];
        oversized.AsSpan().Fill((byte)'a');

        var response = await Editor(Okayama).ImportAsync(Okayama, Year, oversized);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = Assert.Single((await JsonAsync(response))["errors"]!.AsArray())!;
        Assert.Equal("ファイルサイズが上限の 10,485,760 バイトを超えています", error["message"]!.GetValue<string>());
        Assert.Equal(before.ToJsonString(), (await NationalAsync(Year)).ToJsonString());
    }

    [Fact]
    public async Task A_chunked_upload_without_a_length_is_stopped_at_the_limit_with_413()
    {
        const int Year = ReadOnlyYear;
        var before = await NationalAsync(Year);
        var content = new MultipartFormDataContent { { new ByteArrayContent(new byte[ImportLimits.DefaultMaxFileBytes + 100_000]), "file", "register.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, ImportRequests.ImportPath(Okayama, Year)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await Editor(Okayama).SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("上限", (await JsonAsync(response))["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await NationalAsync(Year)).ToJsonString());
    }

    private HttpClient Editor(string prefecture) => service.ClientFor(AppRoles.PrefectureEditor, prefecture);

    private Task<JsonNode> NationalAsync(int year) => service.ClientFor(AppRoles.MinistryAnalyst).NationalAsync(year);

    private static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("An empty response body.");

    private static string[] Codes(JsonNode changed)
    {
        var codes = changed["institutionCodes"]!.AsArray().Select(c => c!.GetValue<string>()).ToArray();
        Assert.Equal(codes.Length, changed["count"]!.GetValue<int>());
        return codes;
    }
}
