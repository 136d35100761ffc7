using System.Net;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Http;

/// <summary>GraphQL over HTTP uses GET and POST only.</summary>
[Collection(ServiceCollection.Name)]
public sealed class MethodTests(ServiceFixture service)
{
    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_naming_GET_and_POST(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql")
        {
            Content = new StringContent("""{"query":"{ national { version } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };

        using var response = await service.ClientFor(AppRoles.MinistryAnalyst).SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }
}
