using System.Net;
using System.Security.Cryptography;
using HomeCareNational.Api.Tests.Http;
using HomeCareNational.GraphQL.PersistedDocuments;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;

namespace HomeCareNational.Api.Tests.PersistedDocuments;

/// <summary>
/// With <c>GraphQL:PersistedDocuments:DashboardReaderPersistedOnly</c> at its default (on), a caller whose only role is
/// Dashboard.Reader may only send persisted documents; other callers may still send raw queries.
/// </summary>
public sealed class PersistedOnlyTests(PersistedOnlyTests.DefaultSettingsFixture service) : IClassFixture<PersistedOnlyTests.DefaultSettingsFixture>
{
    private const string NationalVersion = "{ national { version } }";

    [Fact]
    public async Task A_dashboards_raw_query_is_refused_with_PERSISTED_DOCUMENT_REQUIRED()
    {
        var response = await service.Dashboard.PostGraphQLAsync(NationalVersion);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        var error = Assert.Single(response.Errors)!;
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("documentId", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dashboards_raw_query_is_refused_even_when_an_analyst_was_just_answered_the_same_text()
    {
        var text = new PersistedDocumentStore().Documents.Single(d => d.Name == "nationalTotals").Text;
        var analysts = await service.Analyst.PostGraphQLAsync(text);
        var dashboards = await service.Dashboard.PostGraphQLAsync(text);

        Assert.Equal(HttpStatusCode.OK, analysts.Status);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], dashboards.ErrorCodes);
    }

    [Fact]
    public async Task A_dashboards_raw_query_over_GET_is_refused_too()
    {
        var response = await service.Dashboard.GetGraphQLAsync(NationalVersion);

        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_dashboards_persisted_document_is_executed()
    {
        var response = await service.Dashboard.PostDocumentIdAsync("nationalTotals");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
    }

    [Theory]
    [InlineData("nationalTotalsLive", null)]
    [InlineData("regionTotalsLive", "chugoku")]
    [InlineData("prefectureTotalsLive", "33")]
    public async Task A_dashboard_follows_live_totals_through_a_persisted_subscription(string documentId, string? code)
    {
        await using var stream = await Subscriptions.EventStream.OpenDocumentAsync(service.Dashboard, documentId, new { code, fiscalYear = 2024 });

        var first = await stream.NextResultAsync();

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        Assert.Empty(first.Errors);
        Assert.NotNull(first.Data);
    }

    [Fact]
    public async Task An_analysts_raw_query_is_still_executed()
    {
        var response = await service.Analyst.PostGraphQLAsync(NationalVersion);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
    }

    /// <summary>A second instance with the default settings: its own empty Azurite, no demo data.</summary>
    public sealed class DefaultSettingsFixture : IAsyncLifetime
    {
        private TestService? _service;

        public HttpClient Dashboard { get; private set; } = null!;

        public HttpClient Analyst { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _service = await TestService.StartAsync("Testing", TestService.DevelopmentIssuer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            Dashboard = ClientFor(AppRoles.DashboardReader, app: true);
            Analyst = ClientFor(AppRoles.MinistryAnalyst, app: false);
        }

        public async Task DisposeAsync()
        {
            Dashboard?.Dispose();
            Analyst?.Dispose();
            if (_service is not null)
            {
                await _service.DisposeAsync();
            }
        }

        private HttpClient ClientFor(string role, bool app)
        {
            var token = _service!.Tokens.Issue(new DevelopmentTokenRequest(role, null, app, TimeSpan.FromHours(1)));
            var client = new HttpClient { BaseAddress = _service.BaseAddress };
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            return client;
        }
    }
}
