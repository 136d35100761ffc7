using System.Net;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Http;

/// <summary>Queries may be sent with GET, the request in the query string; mutations may not.</summary>
[WritesRegisters(Year, Prefecture)]
[Collection(ServiceCollection.Name)]
public sealed class GetRequestTests(ServiceFixture service)
{
    /// <summary>A prefecture and fiscal year of these tests' own, away from the demo data and the other tests.</summary>
    private const string Prefecture = "44";

    private const int Year = 2040;

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    [Fact]
    public async Task A_query_is_executed_with_its_variables_operation_name_and_extensions_from_the_query_string()
    {
        var response = await Analyst.GetGraphQLAsync(
            "query Other { national { version } } query One($code: String!) { prefecture(code: $code, fiscalYear: 2024) { nameJa } }",
            new { code = "33" },
            "One",
            new { client = "dashboard" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Empty(response.Errors);
        Assert.Equal("岡山県", response.Data!["prefecture"]!["nameJa"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405_with_Allow_POST_and_writes_nothing()
    {
        var editor = service.ClientFor(AppRoles.PrefectureEditor, Prefecture);
        using var request = GraphQLMessages.Get("""
            mutation ($p: String!, $y: Int!) {
              submitHomeCareAreas(prefecture: $p, fiscalYear: $y, areas: [
                { areaId: "get", name: "GET", unitType: MUNICIPALITY, municipalityCodes: ["44201"] } ]) { version }
            }
            """, new { p = Prefecture, y = Year });

        using var response = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        var body = await response.ReadGraphQLAsync();
        Assert.Equal("METHOD_NOT_ALLOWED", Assert.Single(body.ErrorCodes));
        Assert.Null(body.Data);
        var written = await editor.PostGraphQLAsync("query ($p: String!, $y: Int) { prefecture(code: $p, fiscalYear: $y) { version } }", new { p = Prefecture, y = Year });
        Assert.Equal(0, written.Data!["prefecture"]!["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_400_over_GET_too()
    {
        var response = await Analyst.GetGraphQLAsync("{ national { patients } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", Assert.Single(response.ErrorCodes));
    }

    [Theory]
    [InlineData("variables", "{\"code\": ")]
    [InlineData("variables", "[\"33\"]")]
    [InlineData("variables", "33")]
    [InlineData("extensions", "not json")]
    public async Task A_JSON_parameter_that_is_not_a_JSON_object_is_400(string parameter, string value)
    {
        var query = Uri.EscapeDataString("query ($code: String!) { prefecture(code: $code) { nameJa } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}&{parameter}={Uri.EscapeDataString(value)}");
        request.Headers.Add("GraphQL-Require-Preflight", "1");

        using var response = await Analyst.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.ReadGraphQLAsync()).Errors)!;
        Assert.Equal("BAD_REQUEST", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains($"'{parameter}'", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_GET_is_held_to_the_same_limits_as_a_POST()
    {
        var aliases = string.Join(" ", Enumerable.Range(1, 31).Select(i => $"v{i}: version"));

        var response = await Analyst.GetGraphQLAsync($"{{ national {{ {aliases} }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["TOO_MANY_ALIASES"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_GET_without_a_query_is_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?operationName=One");
        request.Headers.Add("GraphQL-Require-Preflight", "1");

        using var response = await Analyst.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", Assert.Single((await response.ReadGraphQLAsync()).ErrorCodes));
    }

    [Fact]
    public async Task A_GET_without_a_token_is_401_before_anything_else()
    {
        using var anonymous = new HttpClient { BaseAddress = service.BaseAddress };
        using var request = GraphQLMessages.Get("{ national { version } }");

        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
