using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using HomeCareNational.Host.Hosting;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Authentication;
using HomeCareNational.Identity.Development;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HomeCareNational.Api.Tests.Operations;

/// <summary>The Orleans dashboard at /orleans, over real HTTP with real tokens: for the Operations role alone.</summary>
[Collection(ServiceCollection.Name)]
public sealed class OrleansDashboardTests(ServiceFixture service)
{
    private const string Counters = OrleansDashboardEndpoints.RoutePrefix + "/DashboardCounters";

    private static readonly TimeSpan CountersWithin = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_dashboard_is_401_without_a_token()
    {
        using var anonymous = new HttpClient { BaseAddress = service.BaseAddress };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(OrleansDashboardEndpoints.RoutePrefix + "/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Counters)).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_is_403_for_an_analyst()
    {
        var analyst = service.ClientFor(AppRoles.MinistryAnalyst);

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync(OrleansDashboardEndpoints.RoutePrefix + "/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync(Counters)).StatusCode);
    }

    [Fact]
    public async Task For_Operations_the_dashboard_answers_and_its_api_lists_the_silo()
    {
        var operations = service.ClientFor(AppRoles.Operations);
        var silo = service.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint;

        using var page = await operations.GetAsync(OrleansDashboardEndpoints.RoutePrefix + "/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{silo.Address}:{silo.Port}", await CountersListingSiloAsync(operations, silo));
    }

    [Fact]
    public async Task The_Operations_role_in_a_token_from_a_prefecture_tenant_opens_nothing()
    {
        // The prefecture editor's token, validly signed, with the role the ministry's tenant alone may grant.
        var token = service.Tokens.Describe(new DevelopmentTokenRequest(AppRoles.PrefectureEditor, "33"));
        token.Claims[EntraClaimNames.Roles] = new[] { AppRoles.Operations };
        using var fromPrefecture = new HttpClient { BaseAddress = service.BaseAddress };
        fromPrefecture.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", new JsonWebTokenHandler().CreateToken(token));

        Assert.Equal(HttpStatusCode.Forbidden, (await fromPrefecture.GetAsync(OrleansDashboardEndpoints.RoutePrefix + "/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fromPrefecture.GetAsync(Counters)).StatusCode);
    }

    [Fact]
    public async Task Operations_alone_reads_no_data_through_graphql()
    {
        using var response = await service.ClientFor(AppRoles.Operations).PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>
    /// The dashboard's counters, once they list the silo: the dashboard gathers them every second, so the first
    /// answer after start can list no host yet. Gives up after <see cref="CountersWithin"/>.
    /// </summary>
    private static async Task<string> CountersListingSiloAsync(HttpClient operations, IPEndPoint silo)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var counters = await operations.GetAsync(Counters);
            Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
            var body = await counters.Content.ReadAsStringAsync();
            if (body.Contains($"{silo.Address}:{silo.Port}", StringComparison.Ordinal) || waited.Elapsed > CountersWithin)
            {
                return body;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }
}
