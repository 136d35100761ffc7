using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeCareNational.Api.Tests;

/// <summary>Compares what a query answered with the JSON the test states beside it.</summary>
public static class ExpectedJson
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The response has no errors and its <c>data</c> is exactly <paramref name="expected"/> (same members, same order).</summary>
    public static void AssertData(this GraphQLResponse response, [StringSyntax(StringSyntaxAttribute.Json)] string expected)
    {
        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString(Readable));
        Assert.Equal(Compact(expected), response.Data!.ToJsonString(Readable));
    }

    /// <summary>The JSON in one line, as the response prints it.</summary>
    public static string Compact([StringSyntax(StringSyntaxAttribute.Json)] string json) => JsonNode.Parse(json)!.ToJsonString(Readable);
}
