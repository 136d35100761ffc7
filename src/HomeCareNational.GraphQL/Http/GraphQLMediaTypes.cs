using Microsoft.Net.Http.Headers;

namespace HomeCareNational.GraphQL.Http;

/// <summary>The media types of the GraphQL over HTTP specification and the negotiation of the response type.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type from an Accept header: graphql-response+json unless the client accepts
    /// only application/json; null when it accepts neither (406).
    /// </summary>
    public static string? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return GraphQLResponse;
        }

        var best = ranges
            .Where(r => (r.Quality ?? 1) > 0)
            .Select(r => (Type: Match(r.MediaType.Value), Quality: r.Quality ?? 1))
            .Where(r => r.Type is not null)
            .OrderByDescending(r => r.Quality)
            .ThenBy(r => r.Type == GraphQLResponse ? 0 : 1)
            .FirstOrDefault();
        return best.Type;
    }

    /// <summary>Whether a request's Content-Type is JSON (charset utf-8 or none).</summary>
    public static bool IsJsonRequest(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is null || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static string? Match(string? range) => range?.ToLowerInvariant() switch
    {
        GraphQLResponse or "application/*" or "*/*" => GraphQLResponse,
        Json => Json,
        _ => null,
    };
}
