using System.Net;
using System.Text;
using System.Text.Json;
using HomeCareNational.Api.Tests.Http;
using HomeCareNational.GraphQL.Http;
using HomeCareNational.GraphQL.PersistedDocuments;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Caching;

/// <summary>
/// The dashboards' totals documents are answered from the answer kept against their ETag while nothing changed: the
/// same bytes and headers as executing them, and the new totals on the request after a change.
/// </summary>
[WritesRegisters(Year, Prefecture)]
[Collection(ServiceCollection.Name)]
public sealed class TotalsAnswerCacheTests(ServiceFixture service)
{
    private const string Prefecture = "42";
    private const int Year = 2030;

    private HttpClient Dashboard => service.ClientFor(AppRoles.DashboardReader, app: true);

    private HttpClient Editor => service.ClientFor(AppRoles.PrefectureEditor, Prefecture);

    [Fact]
    public async Task A_totals_document_asked_again_gets_the_same_answer_and_after_a_change_the_new_one()
    {
        await Editor.SubmitAreasAsync(Prefecture, Year, "42201");
        using var first = await PostNationalTotalsAsync(Dashboard);
        using var again = await PostNationalTotalsAsync(Dashboard);
        await Editor.SubmitAreasAsync(Prefecture, Year, "42202");
        using var changed = await PostNationalTotalsAsync(Dashboard);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal(first.Headers.CacheControl, again.Headers.CacheControl);
        Assert.Equal(first.Content.Headers.ContentType, again.Content.Headers.ContentType);
        Assert.NotEqual(first.Headers.ETag, changed.Headers.ETag);
        Assert.True(await VersionAsync(changed) > await VersionAsync(first));
    }

    [Fact]
    public async Task The_query_text_of_a_totals_document_gets_the_answer_its_id_gets()
    {
        var text = new PersistedDocumentStore().Documents.Single(d => d.Name == "nationalTotals").Text;
        var analyst = service.ClientFor(AppRoles.MinistryAnalyst);
        using var byId = await PostNationalTotalsAsync(analyst);
        using var byText = await PostAsync(analyst, new { query = text, variables = new { fiscalYear = Year } });
        using var byTextAgain = await PostAsync(analyst, new { query = text, variables = new { fiscalYear = Year } });

        Assert.Equal(HttpStatusCode.OK, byText.StatusCode);
        Assert.Equal(await byId.Content.ReadAsStringAsync(), await byText.Content.ReadAsStringAsync());
        Assert.Equal(await byText.Content.ReadAsStringAsync(), await byTextAgain.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> PostNationalTotalsAsync(HttpClient client) =>
        PostAsync(client, new { documentId = "nationalTotals", variables = new { fiscalYear = Year } });

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body)
    {
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        return await client.PostAsync(GraphQLEndpoint.Route, content);
    }

    private static async Task<long> VersionAsync(HttpResponseMessage response) =>
        (await response.ReadGraphQLAsync()).Data!["national"]!["version"]!.GetValue<long>();
}
