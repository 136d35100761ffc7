using System.Net;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Http;

/// <summary>
/// Nothing a browser could send cross-site without a CORS preflight is executed: a GET needs the
/// GraphQL-Require-Preflight header, and a POST must be application/json.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class CsrfProtectionTests(ServiceFixture service)
{
    private const string Query = "{ national { version } }";

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    [Fact]
    public async Task A_GET_with_the_preflight_header_is_executed()
    {
        var response = await Analyst.GetGraphQLAsync(Query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotNull(response.Data!["national"]!["version"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_GET_without_the_preflight_header_is_refused_before_execution(string? headerValue)
    {
        using var request = GraphQLMessages.Get(Query, preflighted: false);
        if (headerValue is not null)
        {
            request.Headers.Add("GraphQL-Require-Preflight", headerValue);
        }

        using var response = await Analyst.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadGraphQLAsync();
        Assert.Null(body.Data);
        var error = Assert.Single(body.Errors)!;
        Assert.Equal("CSRF_PROTECTION", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("GraphQL-Require-Preflight", error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_POST_a_form_could_send_is_refused_with_415_even_when_its_body_is_a_request(string contentType)
    {
        using var request = GraphQLMessages.Post($$"""{"query":"{{Query}}"}""", contentType);
        request.Headers.Add("GraphQL-Require-Preflight", "1");

        using var response = await Analyst.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = await response.ReadGraphQLAsync();
        Assert.Null(body.Data);
        Assert.Equal("BAD_REQUEST", Assert.Single(body.ErrorCodes));
    }
}
