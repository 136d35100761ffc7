using System.Text.Json;
using HomeCareNational.Abstractions.History;

namespace HomeCareNational.Application.Reads;

/// <summary>Reads a <see cref="RecordChange"/>: whether it added, altered or removed the record, and which of its top-level JSON properties differ.</summary>
public static class RecordComparison
{
    public static RecordChangeKind KindOf(RecordChange change) => (change.Before, change.After) switch
    {
        (null, _) => RecordChangeKind.Added,
        (_, null) => RecordChangeKind.Removed,
        _ => RecordChangeKind.Altered,
    };

    /// <summary>
    /// The names of the top-level properties whose values differ, a property missing on one side counting as
    /// different: every property of an added or removed record. In the order the record after the change (else
    /// before) writes them, then those only the record before has.
    /// </summary>
    public static IReadOnlyList<string> ChangedFields(RecordChange change)
    {
        var before = Properties(change.Before);
        var after = Properties(change.After);
        return
        [
            .. after.Keys.Where(name => !before.TryGetValue(name, out var was) || !JsonElement.DeepEquals(was, after[name])),
            .. before.Keys.Where(name => !after.ContainsKey(name)),
        ];
    }

    /// <summary>Whether two records written as JSON hold the same values; null (no record) equals only null.</summary>
    public static bool SameRecord(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        using var a = JsonDocument.Parse(left);
        using var b = JsonDocument.Parse(right);
        return JsonElement.DeepEquals(a.RootElement, b.RootElement);
    }

    private static OrderedDictionary<string, JsonElement> Properties(string? json)
    {
        var properties = new OrderedDictionary<string, JsonElement>(StringComparer.Ordinal);
        if (json is null)
        {
            return properties;
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return properties;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            // Cloned, so the values outlive the document.
            properties[property.Name] = property.Value.Clone();
        }

        return properties;
    }
}
