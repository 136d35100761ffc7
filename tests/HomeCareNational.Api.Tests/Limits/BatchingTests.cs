using System.Net;
using HomeCareNational.Api.Tests.Http;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>Batching is off: a JSON array of requests is refused whole, whatever its length, and nothing in it runs.</summary>
[Collection(ServiceCollection.Name)]
public sealed class BatchingTests(ServiceFixture service)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_JSON_array_of_requests_is_400(int requests)
    {
        var batch = "[" + string.Join(",", Enumerable.Repeat("""{"query":"{ national { version } }"}""", requests)) + "]";
        using var request = GraphQLMessages.Post(batch);

        using var response = await service.ClientFor(AppRoles.MinistryAnalyst).SendAsync(request);

        var body = await response.ReadGraphQLAsync();
        LimitErrors.AssertRefused(body, HttpStatusCode.BadRequest, "BAD_REQUEST", "batches");
    }
}
