using System.Net;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Http;

/// <summary>The response media type follows Accept; the request must be JSON.</summary>
[Collection(ServiceCollection.Name)]
public sealed class MediaTypeTests(ServiceFixture service)
{
    private const string Body = """{"query":"{ national { version } }"}""";

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    [Theory]
    [InlineData(null, "application/graphql-response+json")]
    [InlineData("*/*", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    public async Task The_response_is_in_the_media_type_the_client_accepts_best(string? accept, string expected)
    {
        using var request = GraphQLMessages.Post(Body);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await Analyst.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task A_client_that_accepts_neither_JSON_type_gets_406(string method)
    {
        using var request = method == "GET" ? GraphQLMessages.Get("{ national { version } }") : GraphQLMessages.Post(Body);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await Analyst.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("BAD_REQUEST", Assert.Single((await response.ReadGraphQLAsync()).ErrorCodes));
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_body_that_is_not_UTF_8_JSON_is_415(string contentType)
    {
        using var request = GraphQLMessages.Post(Body, contentType);

        using var response = await Analyst.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"query": """)]
    [InlineData("""{"query": "{ national { version } }", "variables": "not an object"}""")]
    [InlineData("""{"query": 42}""")]
    public async Task Bad_JSON_is_400_with_a_message_that_names_no_internal_type(string body)
    {
        using var request = GraphQLMessages.Post(body);

        using var response = await Analyst.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.ReadGraphQLAsync()).Errors)!;
        Assert.Equal("BAD_REQUEST", error["extensions"]!["code"]!.GetValue<string>());
        var message = error["message"]!.GetValue<string>();
        Assert.DoesNotContain("GraphQL.", message);
        Assert.DoesNotContain("System.", message);
    }
}
