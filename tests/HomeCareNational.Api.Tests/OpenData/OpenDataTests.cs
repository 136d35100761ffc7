using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using HomeCareNational.Identity;
using HomeCareNational.Import.Columns;

namespace HomeCareNational.Api.Tests.OpenData;

/// <summary>The open data of closed rounds over real HTTP without a token: the demo's closed FY2024 round, and a round still open.</summary>
[OpensRound(OpenYear)]
[Collection(ServiceCollection.Name)]
public sealed class OpenDataTests(ServiceFixture service) : IDisposable
{
    /// <summary>A round only this class opens, and never closes.</summary>
    private const int OpenYear = 2043;

    private readonly HttpClient anonymous = new() { BaseAddress = service.BaseAddress };

    public void Dispose() => anonymous.Dispose();

    [Fact]
    public async Task The_demo_designations_csv_holds_every_accepted_designation_with_the_template_headers()
    {
        using var response = await anonymous.GetAsync("/open-data/2024/designations.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Lines(bytes);
        Assert.Equal(["ID", "都道府県コード", "都道府県名", .. RegisterColumns.All.Select(c => c.Header)], lines[0].Split(','));
        var rows = lines[1..];
        Assert.Equal(11_309, rows.Length);
        Assert.Equal(rows.Length, rows.Select(r => r.Split(',')[0]).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rows.Take(50), r => Assert.StartsWith($"{r.Split(',')[1]}-{r.Split(',')[3]}", r, StringComparison.Ordinal));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("demo-register-loader", text, StringComparison.Ordinal);
        Assert.DoesNotContain("service:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_totals_national_row_reads_the_published_figures()
    {
        using var response = await anonymous.GetAsync("/open-data/2024/totals.csv");
        var lines = Lines(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("区分,コード,名称,指定数,うち病院・診療所,うち病院・診療所以外,拠点数,圏域数,集計都道府県数", lines[0]);
        var national = lines[1].Split(',');
        Assert.Equal(["全国", "japan", "全国", "11309", "8350", "2959", "1970"], national[..7]);
        Assert.Equal("47", national[^1]);
        Assert.Equal(1 + 1 + 8 + 47, lines.Length);
    }

    [Fact]
    public async Task The_json_files_hold_the_same_rows_keyed_by_the_headers()
    {
        var designations = JsonNode.Parse(await anonymous.GetStringAsync("/open-data/2024/designations.json"))!.AsArray();
        var totals = JsonNode.Parse(await anonymous.GetStringAsync("/open-data/2024/totals.json"))!.AsArray();
        var hubs = JsonNode.Parse(await anonymous.GetStringAsync("/open-data/2024/hubs.json"))!.AsArray();

        Assert.Equal(11_309, designations.Count);
        Assert.NotNull(designations[0]!["医療機関コード"]);
        Assert.Equal("11309", totals[0]!["指定数"]!.GetValue<string>());
        Assert.Equal(1_970, hubs.Count);
    }

    [Fact]
    public async Task A_second_get_with_the_etag_is_a_304()
    {
        using var first = await anonymous.GetAsync("/open-data/2024/areas.csv");
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/open-data/2024/areas.csv");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await anonymous.SendAsync(request);
        using var otherFile = new HttpRequestMessage(HttpMethod.Get, "/open-data/2024/hubs.csv");
        otherFile.Headers.IfNoneMatch.Add(etag);
        using var third = await anonymous.SendAsync(otherFile);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task A_round_still_open_is_not_published()
    {
        var opened = await service.ClientFor(AppRoles.MinistryAnalyst).PostGraphQLAsync(
            $$"""mutation { openReportingRound(fiscalYear: {{OpenYear}}, referenceDate: "2043-04-01", deadline: "2043-06-30") { closed } }""");
        Assert.Empty(opened.Errors);

        foreach (var path in new[] { $"/open-data/{OpenYear}/totals.csv", $"/open-data/{OpenYear}/designations.json", "/open-data/2042/totals.csv" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("ROUND_NOT_PUBLISHED", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task An_unknown_file_is_a_404_naming_the_files_and_the_dictionary_is_public()
    {
        using var unknown = await anonymous.GetAsync("/open-data/2024/reviews.csv");
        using var dictionary = await anonymous.GetAsync("/open-data");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var error = JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!;
        Assert.Equal("OPEN_DATA_FILE_NOT_FOUND", error["code"]!.GetValue<string>());
        Assert.Contains("designations.csv", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, dictionary.StatusCode);
        Assert.Equal("text/markdown", dictionary.Content.Headers.ContentType!.MediaType);
        Assert.Contains("都道府県コード", await dictionary.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The file's lines without the BOM; the demo's names hold no line breaks, so a line is a row.</summary>
    private static string[] Lines(byte[] bytes)
    {
        var bom = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return [.. Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
    }
}
