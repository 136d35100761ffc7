using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeCareNational.Testing.Service;

/// <summary>Sends GraphQL requests over HTTP the way a client library would.</summary>
public static class GraphQLHttp
{
    public static Task<GraphQLResponse> PostGraphQLAsync(this HttpClient client, string query, object? variables = null) =>
        client.PostRawAsync(JsonSerializer.Serialize(new { query, variables }), "application/json");

    /// <summary>Sends the request and hands back the raw response, for statuses that come with no GraphQL body (401, 403).</summary>
    public static async Task<HttpResponseMessage> SendGraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");
        return await client.PostAsync("/graphql", content);
    }

    public static async Task<GraphQLResponse> PostRawAsync(this HttpClient client, string body, string contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(text)!);
    }
}
