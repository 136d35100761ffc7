using System.Net;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Authentication;

/// <summary>The schema can be explored only by signed-in callers.</summary>
[Collection(ServiceCollection.Name)]
public sealed class IntrospectionTests(ServiceFixture service)
{
    private const string Introspection = "{ __schema { queryType { name } types { name } } }";

    [Fact]
    public async Task Introspection_without_a_token_is_401()
    {
        using var anonymous = new HttpClient { BaseAddress = service.BaseAddress };
        using var content = new StringContent($$"""{"query":"{{Introspection}}"}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await anonymous.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Query", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_signed_in_role_may_introspect()
    {
        var response = await service.ClientFor(AppRoles.DashboardReader).PostGraphQLAsync(Introspection);

        Assert.Empty(response.Errors);
        Assert.Equal("Query", response.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }
}
