using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HomeCareNational.Api.Tests.Http;
using HomeCareNational.Api.Tests.PersistedDocuments;
using HomeCareNational.GraphQL.Http;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Caching;

/// <summary>
/// Query responses carry a weak ETag of the country's data version, the request and the caller's access; a GET with
/// that ETag in If-None-Match gets 304 without executing. Cache-Control fits the caller's role.
/// </summary>
[WritesRegisters(Year, Prefecture, "45")]
[WritesRegisters(InFlightYear, InFlightPrefecture)]
[Collection(ServiceCollection.Name)]
public sealed class ResponseCachingTests(ServiceFixture service)
{
    private const string Prefecture = "46";
    private const int Year = 2038;

    /// <summary>The register the change among revalidations in flight goes to: a year of its own, so the ETag moves only by it.</summary>
    private const int InFlightYear = 2033;
    private const string InFlightPrefecture = "44";
    private const string NationalVersion = "{ national { version } }";

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    private HttpClient Dashboard => service.ClientFor(AppRoles.DashboardReader, app: true);

    [Fact]
    public async Task A_query_response_carries_a_weak_ETag_and_a_mutation_response_none()
    {
        using var query = await PostAsync(Analyst, NationalVersion);
        using var mutation = await service.ClientFor(AppRoles.PrefectureEditor, "45").SendGraphQLAsync($$"""
            mutation ($areas: [HomeCareAreaInput!]!) { submitHomeCareAreas(prefecture: "45", fiscalYear: {{Year}}, areas: $areas) { version } }
            """, new
        {
            areas = new[] { new HomeCareAreaInput("A1", "テスト圏域", "SECONDARY_MEDICAL_AREA", ["45201"]) },
        });

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.True(query.Headers.ETag!.IsWeak);
        Assert.Equal(HttpStatusCode.OK, mutation.StatusCode);
        Assert.Null(mutation.Headers.ETag);
        Assert.True(mutation.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task A_conditional_GET_with_the_current_ETag_gets_304_without_a_body()
    {
        using var first = await GetAsync(Analyst, NationalVersion);
        using var again = await GetAsync(Analyst, NationalVersion, first.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task An_accepted_change_moves_the_ETag_and_the_next_conditional_GET_gets_the_new_data()
    {
        var yearVersion = $"{{ national(fiscalYear: {Year}) {{ version }} }}";
        using var before = await GetAsync(Analyst, yearVersion);
        var versionBefore = (await before.ReadGraphQLAsync()).Data!["national"]!["version"]!.GetValue<long>();

        await service.ClientFor(AppRoles.PrefectureEditor, Prefecture).SubmitAreasAsync(Prefecture, Year, "46201");
        using var after = await GetAsync(Analyst, yearVersion, before.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.True((await after.ReadGraphQLAsync()).Data!["national"]!["version"]!.GetValue<long>() > versionBefore);
    }

    /// <summary>Revalidations in flight around a change, as under dashboard polling, never hide it from the next request.</summary>
    [Fact]
    public async Task Right_after_a_change_made_while_revalidations_are_in_flight_the_old_ETag_gets_200()
    {
        var yearVersion = $"{{ national(fiscalYear: {InFlightYear}) {{ version }} }}";
        using var before = await GetAsync(Analyst, yearVersion);
        using var revalidating = new CancellationTokenSource();
        var revalidations = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!revalidating.IsCancellationRequested)
            {
                using var response = await GetAsync(Analyst, yearVersion, before.Headers.ETag);
            }
        })).ToArray();

        await service.ClientFor(AppRoles.PrefectureEditor, InFlightPrefecture).SubmitAreasAsync(InFlightPrefecture, InFlightYear, "44201");
        using var after = await GetAsync(Analyst, yearVersion, before.Headers.ETag);
        await revalidating.CancelAsync();
        await Task.WhenAll(revalidations);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Callers_with_different_access_get_different_ETags_for_the_same_query()
    {
        const string Okayama = """{ prefecture(code: "33") { version } }""";

        using var analyst = await GetAsync(Analyst, Okayama);
        using var viewer33 = await GetAsync(service.ClientFor(AppRoles.PrefectureViewer, "33"), Okayama);
        using var viewer34 = await GetAsync(service.ClientFor(AppRoles.PrefectureViewer, "34"), Okayama);
        using var viewer34Again = await GetAsync(service.ClientFor(AppRoles.PrefectureViewer, "34"), Okayama, viewer33.Headers.ETag);

        Assert.Equal(3, new[] { analyst.Headers.ETag, viewer33.Headers.ETag, viewer34.Headers.ETag }.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, viewer34Again.StatusCode);
    }

    [Fact]
    public async Task Different_variables_get_different_ETags()
    {
        using var okayama = await GetAsync(Analyst, "prefectureTotals", documentId: true, variables: new { code = "33" });
        using var hiroshima = await GetAsync(Analyst, "prefectureTotals", documentId: true, variables: new { code = "34" });

        Assert.NotEqual(okayama.Headers.ETag, hiroshima.Headers.ETag);
    }

    [Fact]
    public async Task A_dashboard_may_reuse_aggregates_for_a_few_seconds_others_revalidate_every_time()
    {
        using var dashboard = await GetAsync(Dashboard, "nationalTotals", documentId: true);
        using var analyst = await GetAsync(Analyst, NationalVersion);
        using var viewer = await GetAsync(service.ClientFor(AppRoles.PrefectureViewer, "33"), """{ prefecture(code: "33") { version } }""");

        Assert.True(dashboard.Headers.CacheControl is { Private: true, NoCache: false, MaxAge.TotalSeconds: 5 });
        Assert.True(analyst.Headers.CacheControl is { Private: true, NoCache: true, MaxAge: null });
        Assert.True(viewer.Headers.CacheControl is { Private: true, NoCache: true, MaxAge: null });
        Assert.Contains("Authorization", analyst.Headers.Vary);
    }

    [Fact]
    public async Task Errors_are_never_stored_and_carry_no_ETag()
    {
        using var response = await GetAsync(Analyst, """{ prefecture(code: "99") { version } }""");

        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task A_cached_mutation_document_is_still_checked_for_the_callers_access()
    {
        // The same text the editor of 46 sent (and so cached) in SubmitAreasAsync, sent by the editor of 45 for 46.
        await service.ClientFor(AppRoles.PrefectureEditor, Prefecture).SubmitAreasAsync(Prefecture, Year, "46201");

        var response = await service.ClientFor(AppRoles.PrefectureEditor, "45").PostGraphQLAsync("""
            mutation ($prefecture: String!, $year: Int!, $areas: [HomeCareAreaInput!]!) {
              submitHomeCareAreas(prefecture: $prefecture, fiscalYear: $year, areas: $areas) { areas { total } }
            }
            """, new
        {
            prefecture = Prefecture,
            year = Year,
            areas = Array.Empty<object>(),
        });

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_cached_query_is_still_checked_for_a_less_privileged_caller()
    {
        const string Register = """query ($code: String!) { prefecture(code: $code) { register { institutions(first: 1) { totalCount } } } }""";

        var analyst = await Analyst.PostGraphQLAsync(Register, new { code = "33" });
        var viewer = await service.ClientFor(AppRoles.PrefectureViewer, "34").PostGraphQLAsync(Register, new { code = "33" });

        Assert.Empty(analyst.Errors);
        Assert.Contains("FORBIDDEN", viewer.ErrorCodes);
    }

    [Fact]
    public async Task A_mutation_cached_from_a_POST_is_still_refused_over_GET()
    {
        await service.ClientFor(AppRoles.PrefectureEditor, Prefecture).SubmitAreasAsync(Prefecture, Year, "46201");

        using var response = await GetAsync(service.ClientFor(AppRoles.PrefectureEditor, Prefecture), """
            mutation ($prefecture: String!, $year: Int!, $areas: [HomeCareAreaInput!]!) {
              submitHomeCareAreas(prefecture: $prefecture, fiscalYear: $year, areas: $areas) { areas { total } }
            }
            """, documentId: false, variables: new { prefecture = Prefecture, year = Year, areas = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        return await client.PostAsync(GraphQLEndpoint.Route, content);
    }

    private static async Task<HttpResponseMessage> GetAsync(
        HttpClient client, string queryOrId, EntityTagHeaderValue? ifNoneMatch = null) =>
        await GetAsync(client, queryOrId, documentId: false, ifNoneMatch);

    private static async Task<HttpResponseMessage> GetAsync(
        HttpClient client, string queryOrId, bool documentId, EntityTagHeaderValue? ifNoneMatch = null, object? variables = null)
    {
        using var request = documentId
            ? PersistedDocumentRequests.GetDocumentId(queryOrId, variables)
            : GraphQLMessages.Get(queryOrId, variables);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await client.SendAsync(request);
    }
}
