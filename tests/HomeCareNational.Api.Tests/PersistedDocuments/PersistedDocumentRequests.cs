using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HomeCareNational.Application;
using HomeCareNational.GraphQL.Http;

namespace HomeCareNational.Api.Tests.PersistedDocuments;

/// <summary>Requests that name a persisted document by its id instead of sending its text.</summary>
public static class PersistedDocumentRequests
{
    public static async Task<GraphQLResponse> PostDocumentIdAsync(this HttpClient client, string documentId, object? variables = null)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { documentId, variables }), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var response = await client.PostAsync(GraphQLEndpoint.Route, content);
        return await Http.GraphQLMessages.ReadGraphQLAsync(response);
    }

    /// <summary>A GET naming the document by id, with the CSRF header.</summary>
    public static HttpRequestMessage GetDocumentId(string documentId, object? variables = null)
    {
        var url = new StringBuilder(GraphQLEndpoint.Route).Append("?documentId=").Append(Uri.EscapeDataString(documentId));
        if (variables is not null)
        {
            url.Append("&variables=").Append(Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        }

        var request = new HttpRequestMessage(HttpMethod.Get, url.ToString());
        request.Headers.Add(HomeCareHeaders.RequirePreflight, "1");
        return request;
    }
}
