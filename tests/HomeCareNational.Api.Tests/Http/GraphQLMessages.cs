using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HomeCareNational.Application;
using HomeCareNational.GraphQL.Http;

namespace HomeCareNational.Api.Tests.Http;

/// <summary>GraphQL requests in the shapes <see cref="GraphQLHttp"/> does not send (GET, raw POST), and a reader for any response.</summary>
public static class GraphQLMessages
{
    /// <summary>A GET with the request in the query string; with the CSRF header unless <paramref name="preflighted"/> is false.</summary>
    public static HttpRequestMessage Get(
        string query, object? variables = null, string? operationName = null, object? extensions = null, bool preflighted = true)
    {
        var url = new StringBuilder(GraphQLEndpoint.Route).Append("?query=").Append(Uri.EscapeDataString(query));
        if (variables is not null)
        {
            url.Append("&variables=").Append(Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        }

        if (operationName is not null)
        {
            url.Append("&operationName=").Append(Uri.EscapeDataString(operationName));
        }

        if (extensions is not null)
        {
            url.Append("&extensions=").Append(Uri.EscapeDataString(JsonSerializer.Serialize(extensions)));
        }

        var request = new HttpRequestMessage(HttpMethod.Get, url.ToString());
        if (preflighted)
        {
            request.Headers.Add(HomeCareHeaders.RequirePreflight, "1");
        }

        return request;
    }

    public static async Task<GraphQLResponse> GetGraphQLAsync(
        this HttpClient client, string query, object? variables = null, string? operationName = null, object? extensions = null)
    {
        using var request = Get(query, variables, operationName, extensions);
        using var response = await client.SendAsync(request);
        return await response.ReadGraphQLAsync();
    }

    /// <summary>A POST whose body is <paramref name="body"/> as is, under <paramref name="contentType"/>.</summary>
    public static HttpRequestMessage Post(string body, string contentType = "application/json") => new(HttpMethod.Post, GraphQLEndpoint.Route)
    {
        Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)),
    };

    public static async Task<GraphQLResponse> ReadGraphQLAsync(this HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
}
