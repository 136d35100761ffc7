using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeCareNational.Api.Tests.Subscriptions;

/// <summary>A GraphQL over Server-Sent Events (graphql-sse, distinct connections mode) response, read event by event as it arrives.</summary>
public sealed class EventStream : IAsyncDisposable
{
    /// <summary>How long a test waits for an event before it fails instead of hanging.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public HttpStatusCode Status => _response.StatusCode;

    public string? MediaType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>POSTs the request with <c>Accept: text/event-stream</c> and returns once the headers are in.</summary>
    public static Task<EventStream> OpenAsync(HttpClient client, string query, object? variables = null) =>
        OpenPostAsync(client, new { query, variables });

    /// <summary>POSTs a persisted document's id with <c>Accept: text/event-stream</c>.</summary>
    public static Task<EventStream> OpenDocumentAsync(HttpClient client, string documentId, object? variables = null) =>
        OpenPostAsync(client, new { documentId, variables });

    private static async Task<EventStream> OpenPostAsync(HttpClient client, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var timeout = new CancellationTokenSource(Patience);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token)));
    }

    /// <summary>GETs the request, as a browser's EventSource would (with the CSRF header a page can add only after a preflight).</summary>
    public static async Task<EventStream> OpenGetAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        using var timeout = new CancellationTokenSource(Patience);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token)));
    }

    /// <summary>The next event's name and data, skipping keep-alive comments; fails after <see cref="Patience"/>.</summary>
    public async Task<(string Event, string Data)> NextEventAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        string? name = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("The event stream ended.");
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return (name, data.ToString());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            if (field == "event")
            {
                name = value;
            }
            else if (field == "data")
            {
                data.Append(value);
            }
        }
    }

    /// <summary>The next <c>next</c> event's execution result.</summary>
    public async Task<GraphQLResponse> NextResultAsync()
    {
        var (name, data) = await NextEventAsync();
        Assert.Equal("next", name);
        return new GraphQLResponse(Status, MediaType, JsonNode.Parse(data)!);
    }

    /// <summary>The whole body, for responses that are not event streams.</summary>
    public Task<string> ReadToEndAsync() => _reader.ReadToEndAsync();

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
