using System.Net;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests;

/// <summary>Bad requests get spec-shaped errors with the status codes of GraphQL over HTTP, never a 500.</summary>
[Collection(ServiceCollection.Name)]
public sealed class RequestErrorTests(ServiceFixture service)
{
    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    [Fact]
    public async Task A_malformed_query_is_a_400_with_a_syntax_error()
    {
        var response = await Analyst.PostGraphQLAsync("{ national { designations { total }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Null(response.Data);
        var error = Assert.Single(response.Errors);
        Assert.Equal("SYNTAX_ERROR", error!["extensions"]!["code"]!.GetValue<string>());
        Assert.NotNull(error["locations"]);
    }

    [Fact]
    public async Task An_unknown_field_is_a_400_naming_the_field()
    {
        var response = await Analyst.PostGraphQLAsync("{ national { designations { total patients } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        var error = Assert.Single(response.Errors);
        Assert.Contains("patients", error!["message"]!.GetValue<string>());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_application_json_client_gets_200_for_an_invalid_document()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ nope }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await Analyst.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"query\": ", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[{\"query\":\"{ fiscalYears { year } }\"}]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"variables\": {}}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{ national { version } }", "application/graphql", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("query=%7B%20national%20%7B%20version%20%7D%20%7D", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    public async Task A_body_that_is_not_a_JSON_GraphQL_request_is_refused_with_a_spec_error(string body, string contentType, HttpStatusCode expected)
    {
        var response = await Analyst.PostRawAsync(body, contentType);

        Assert.Equal(expected, response.Status);
        Assert.Equal("BAD_REQUEST", Assert.Single(response.ErrorCodes));
        Assert.False(string.IsNullOrWhiteSpace(response.Errors[0]!["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_prefecture_is_NOT_FOUND()
    {
        var response = await Analyst.PostGraphQLAsync("""{ prefecture(code: "48") { nameJa } }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("NOT_FOUND", Assert.Single(response.ErrorCodes));
        Assert.Null(response.Data!["prefecture"]);
    }

    [Fact]
    public async Task A_fiscal_year_out_of_range_names_the_argument()
    {
        var response = await Analyst.PostGraphQLAsync("{ national(fiscalYear: 1999) { version } }");

        var error = Assert.Single(response.Errors)!;
        Assert.Equal("VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("fiscalYear", error["extensions"]!["field"]!.GetValue<string>());
        Assert.Contains("1999", error["message"]!.GetValue<string>());
    }
}
