using System.Collections.Immutable;
namespace HomeCareNational.GraphQL.Inputs;

/// <summary>Reads coerced values out of a GraphQL input object's dictionary.</summary>
internal static class InputValues
{
    public static T Required<T>(this IDictionary<string, object?> input, string name) => (T)input[name]!;

    public static T? Optional<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    public static ImmutableArray<T> List<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? [.. items.Cast<T>()] : [];
}
