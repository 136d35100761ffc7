using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeCareNational.Grains.Aggregates;

/// <summary>
/// A fingerprint of totals that depends on nothing but their values: the same on every silo, in every process and
/// after a reactivation (unlike <see cref="HashCode"/>, which is seeded per process, or the order a dictionary was
/// filled in). The totals are written as JSON with every object's members sorted by name, then hashed with SHA-256.
/// </summary>
public static class TotalsFingerprint
{
    public static int Of(IEnumerable<TotalsSnapshot> totals)
    {
        var canonical = Sorted(JsonSerializer.SerializeToNode(totals.ToArray()));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical?.ToJsonString() ?? "null"));
        return BitConverter.ToInt32(hash, 0);
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject members => new JsonObject(members.OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => KeyValuePair.Create(m.Key, Sorted(m.Value?.DeepClone())))),
        JsonArray items => new JsonArray([.. items.Select(item => Sorted(item?.DeepClone()))]),
        _ => node?.DeepClone(),
    };
}
