using System.Collections.Immutable;
using System.Globalization;
using HomeCareNational.Domain.Validation;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>Reads coerced values out of a GraphQL input object's dictionary.</summary>
internal static class InputValues
{
    public static T Required<T>(this IDictionary<string, object?> input, string name) => (T)input[name]!;

    public static T? Optional<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    public static ImmutableArray<T> List<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? [.. items.Cast<T>()] : [];

    /// <summary>A list of flag values as the set of flags; a value listed twice is refused as VALIDATION_FAILED naming it (<c>functions[1]</c>).</summary>
    public static T Flags<T>(this IDictionary<string, object?> input, string name)
        where T : struct, Enum
    {
        try
        {
            return FlagSet.Combine(input.List<T>(name), name);
        }
        catch (DuplicateValueException duplicate)
        {
            throw HomeCareErrors.Invalid(new ValidationError([name, duplicate.Index.ToString(CultureInfo.InvariantCulture)], duplicate.Message));
        }
    }
}
