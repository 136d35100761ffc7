using System.Text.Json;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.GraphQL.Limits;
using Microsoft.AspNetCore.Http;

namespace HomeCareNational.GraphQL.Http;

/// <summary>
/// One linear pass over a request's JSON before graphql-dotnet reads it, refusing what would make that reading
/// expensive or fail: nesting past <see cref="GraphQLLimitsOptions.MaxJsonDepth"/>, arrays longer than
/// <see cref="GraphQLLimitsOptions.MaxListLength"/>, and numbers no .NET number holds (<c>1e400</c>, or hundreds of digits,
/// which graphql-dotnet's reader would copy onto the stack).
/// </summary>
public static class JsonRequestGuard
{
    /// <summary>Longer than any decimal or double written out; a longer number is refused unread.</summary>
    private const int MaxNumberLength = 64;

    /// <exception cref="RequestRefusedException">The JSON breaks a bound.</exception>
    public static void Check(ReadOnlySpan<byte> json, GraphQLLimitsOptions limits)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = limits.MaxJsonDepth });
        var counts = new int[limits.MaxJsonDepth + 1];
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth > 0 && counts[reader.CurrentDepth - 1] >= 0 && IsValue(reader.TokenType) && ++counts[reader.CurrentDepth - 1] > limits.MaxListLength)
                {
                    throw Refused($"A list holds more than {limits.MaxListLength} items (at {Where(reader)}).");
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartArray:
                        counts[reader.CurrentDepth] = 0;
                        break;
                    case JsonTokenType.StartObject:
                        // Objects' members are not counted: they are bounded by the schema's input fields.
                        counts[reader.CurrentDepth] = -1;
                        break;
                    case JsonTokenType.Number when reader.ValueSpan.Length > MaxNumberLength || !reader.TryGetDouble(out var number) || !double.IsFinite(number):
                        throw Refused($"A number is out of range: beyond a 64-bit floating-point number, or longer than {MaxNumberLength} characters (at {Where(reader)}).");
                }
            }
        }
        catch (JsonException) when (reader.CurrentDepth >= limits.MaxJsonDepth)
        {
            throw Refused($"The JSON nests deeper than {limits.MaxJsonDepth} levels (at {Where(reader)}).");
        }
        catch (JsonException)
        {
            // Malformed JSON: the reader that follows refuses it, saying where.
        }
    }

    private static bool IsValue(JsonTokenType token) => token is JsonTokenType.StartArray or JsonTokenType.StartObject or JsonTokenType.String
        or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null;

    private static string Where(Utf8JsonReader reader) => $"byte {reader.BytesConsumed + 1}";

    private static RequestRefusedException Refused(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);
}
