using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeCareNational.HostileInput.Tests.Support;

/// <summary>What the service answered to a hostile request: status, media type and body text, however it was sent.</summary>
public sealed record HostileAnswer(HttpStatusCode Status, string? MediaType, string Body)
{
    public static async Task<HostileAnswer> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());

    /// <summary>
    /// The error code of the answer: a problem-details (or REST import) <c>code</c>, or a GraphQL error's
    /// <c>extensions.code</c>; null for an empty body.
    /// </summary>
    public string? Code => Json switch
    {
        null => null,
        JsonObject body when body["code"] is JsonValue code => code.GetValue<string>(),
        JsonObject body when body["errors"] is JsonArray { Count: > 0 } errors => errors[0]?["extensions"]?["code"]?.GetValue<string>(),
        _ => null,
    };

    private JsonNode? Json
    {
        get
        {
            if (Body.Length == 0)
            {
                return null;
            }

            try
            {
                return JsonNode.Parse(Body);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
