using System.Net;
using System.Text.Json.Nodes;

namespace HomeCareNational.Testing.Service;

/// <summary>What the endpoint answered: status, media type and the parsed JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonNode Body)
{
    public JsonNode? Data => Body["data"];

    public JsonArray Errors => Body["errors"]?.AsArray() ?? [];

    public IEnumerable<string?> ErrorCodes => Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>());
}
