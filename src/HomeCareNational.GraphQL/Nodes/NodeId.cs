using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace HomeCareNational.GraphQL.Nodes;

/// <summary>
/// The global id of an object of the API (Relay's object identification): the GraphQL type, the object's key and
/// the fiscal year it is shown for, base64-encoded. Clients treat it as opaque; it stays the same as long as the key does.
/// </summary>
/// <param name="TypeName">The GraphQL type, one of <see cref="NodeTypeNames"/>.</param>
/// <param name="Key">The object's key: e.g. the region code, or the prefecture code and the institution code.</param>
/// <param name="FiscalYear">The fiscal year the object is shown for.</param>
public sealed record NodeId(string TypeName, ImmutableArray<string> Key, int FiscalYear)
{
    // Codes and register ids never contain it (see FieldRules and the reference data).
    private const char Separator = ':';

    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(Separator, [TypeName, .. Key, FiscalYear.ToString(CultureInfo.InvariantCulture)])));

    /// <summary>The id an encoded string stands for, or null when it is not one.</summary>
    public static NodeId? Decode(string encoded)
    {
        var bytes = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, bytes, out var length))
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length).Split(Separator);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return parts.Length >= 2 && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var fiscalYear)
            ? new NodeId(parts[0], [.. parts[1..^1]], fiscalYear)
            : null;
    }
}
