using System.Net;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>
/// A request that runs longer than <c>GraphQL:Limits:ExecutionTimeout</c> (10 s; 1 ms in this service) is abandoned:
/// no data, a TIMEOUT error naming the limit, 504 under graphql-response+json.
/// </summary>
public sealed class TimeoutTests(TinyTimeoutServiceFixture service) : IClassFixture<TinyTimeoutServiceFixture>
{
    private const string EveryPrefecture = "{ prefectures { code region { code prefectures { code designations { total } } } } }";

    [Fact]
    public async Task A_request_that_outlives_the_timeout_is_abandoned_with_504_naming_the_limit()
    {
        var response = await service.ClientFor(AppRoles.MinistryAnalyst).PostGraphQLAsync(EveryPrefecture);

        LimitErrors.AssertRefused(response, HttpStatusCode.GatewayTimeout, "TIMEOUT", TinyTimeoutServiceFixture.Timeout.ToString());
    }
}
