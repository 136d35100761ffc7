using System.Net.Http.Headers;
using System.Text;

namespace HomeCareNational.Bench.Load;

/// <summary>GraphQL over HTTP against the service under load, one bearer token per call.</summary>
internal sealed class GraphQLClient(Uri baseAddress) : IDisposable
{
    public const string Path = "/graphql";

    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(5),
    };

    public HttpClient Http => http;

    /// <summary>Sends the document and returns its <c>data</c>; any error fails the benchmark, since it measured nothing real.</summary>
    public async Task<JsonNode> ExecuteAsync(string token, string query, JsonObject? variables = null, CancellationToken cancellation = default)
    {
        using var request = Request(token, new JsonObject { ["query"] = query, ["variables"] = variables });
        using var response = await http.SendAsync(request, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        var body = JsonNode.Parse(text) as JsonObject;
        if (!response.IsSuccessStatusCode || body is null || body["errors"] is JsonArray { Count: > 0 } || body["data"] is not { } data)
        {
            throw new InvalidOperationException($"The service answered {(int)response.StatusCode}: {Shorten(text)}");
        }

        return data;
    }

    public static HttpRequestMessage Request(string token, JsonObject body, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    public void Dispose() => http.Dispose();

    private static string Shorten(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
