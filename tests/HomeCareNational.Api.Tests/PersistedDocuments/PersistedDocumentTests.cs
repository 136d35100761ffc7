using System.Net;
using System.Security.Cryptography;
using System.Text;
using HomeCareNational.Api.Tests.Http;
using HomeCareNational.GraphQL.PersistedDocuments;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.PersistedDocuments;

/// <summary>
/// Dashboards send a persisted document's id (<c>sha256:&lt;hex&gt;</c> or its name) instead of its text. The shared
/// instance runs with <c>GraphQL:PersistedDocuments:DashboardReaderPersistedOnly=false</c>; the default is tested by
/// <see cref="PersistedOnlyTests"/>.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class PersistedDocumentTests(ServiceFixture service)
{
    private const string NationalVersion = "{ national { version } }";

    private HttpClient Dashboard => service.ClientFor(AppRoles.DashboardReader, app: true);

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    private static PersistedDocument Document(string name) => new PersistedDocumentStore().Documents.Single(d => d.Name == name);

    [Fact]
    public void Each_document_id_is_the_sha256_of_its_text()
    {
        var documents = new PersistedDocumentStore().Documents;

        Assert.Equal(
            [
                "dashboardNational", "dashboardNationalLive", "dashboardPrefecture", "dashboardPrefectureDetail", "dashboardPrefectureLive",
                "dashboardPrefectures", "dashboardSubmissionBoard", "dashboardTrendNational", "dashboardTrendPrefecture", "dashboardTrendRegion",
                "nationalTotals", "nationalTotalsLive", "prefectureTotals", "prefectureTotalsLive", "regionTotalsLive", "regionsTotals",
                "reportingRoundStatus",
            ],
            documents.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.All(documents, d =>
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(d.Text))), d.Id));
    }

    [Fact]
    public async Task A_dashboard_gets_the_national_totals_by_sha256_id_over_POST()
    {
        var response = await Dashboard.PostDocumentIdAsync(Document("nationalTotals").Id);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        Assert.NotNull(response.Data!["national"]!["designations"]!["nonClinicalShare"]);
    }

    [Fact]
    public async Task A_dashboard_gets_a_prefectures_totals_by_name_over_GET()
    {
        using var request = PersistedDocumentRequests.GetDocumentId("prefectureTotals", new { code = "33" });

        using var response = await Dashboard.SendAsync(request);
        var body = await response.ReadGraphQLAsync();

        Assert.Equal(HttpStatusCode.OK, body.Status);
        Assert.Empty(body.Errors);
        Assert.Equal("岡山県", body.Data!["prefecture"]!["nameJa"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dashboard_gets_every_regions_totals_by_id()
    {
        var response = await Dashboard.PostDocumentIdAsync(Document("regionsTotals").Id, new { fiscalYear = (int?)null });

        Assert.Empty(response.Errors);
        Assert.Equal(8, response.Data!["regions"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("noSuchDocument")]
    public async Task An_unknown_id_is_refused_before_execution(string documentId)
    {
        var response = await Analyst.PostDocumentIdAsync(documentId);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        Assert.Equal(["DOCUMENT_NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_malformed_sha256_id_is_refused()
    {
        var response = await Analyst.PostDocumentIdAsync("sha256:NOT-HEX");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["DOCUMENT_ID_INVALID"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_request_with_both_query_and_documentId_is_refused()
    {
        var response = await Analyst.PostRawAsync("""{"query":"{ national { version } }","documentId":"nationalTotals"}""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_request_with_neither_query_nor_documentId_is_refused()
    {
        var response = await Analyst.PostRawAsync("""{"variables":{}}""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("documentId", Assert.Single(response.Errors)!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task With_the_setting_off_a_dashboards_raw_query_is_executed()
    {
        // This shared instance runs with GraphQL:PersistedDocuments:DashboardReaderPersistedOnly=false (ServiceFixture).
        var response = await Dashboard.PostGraphQLAsync(NationalVersion);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task An_analyst_may_send_a_raw_query_or_a_document_id()
    {
        var raw = await Analyst.PostGraphQLAsync(NationalVersion);
        var persisted = await Analyst.PostDocumentIdAsync("nationalTotals");

        Assert.Empty(raw.Errors);
        Assert.Empty(persisted.Errors);
        Assert.Equal(raw.Data!["national"]!["version"]!.GetValue<long>(), persisted.Data!["national"]!["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_persisted_document_is_still_checked_for_the_callers_access()
    {
        var viewer = service.ClientFor(AppRoles.PrefectureViewer, "33");

        var response = await viewer.PostDocumentIdAsync("prefectureTotals", new { code = "33" });

        Assert.Empty(response.Errors);
    }
}
