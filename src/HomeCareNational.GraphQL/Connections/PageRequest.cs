using System.Globalization;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>The page a client asks of a connection, with Relay's arguments: <c>first</c>/<c>after</c> forwards, <c>last</c>/<c>before</c> backwards.</summary>
/// <param name="First">At most this many items from the start of the range.</param>
/// <param name="After">The range starts after the item of this cursor.</param>
/// <param name="Last">At most this many items from the end of the range.</param>
/// <param name="Before">The range ends before the item of this cursor.</param>
public sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    public const int MinSize = 1;
    public const int MaxSize = 100;
    public const int DefaultSize = 20;

    public const string FirstArgument = "first";
    public const string AfterArgument = "after";
    public const string LastArgument = "last";
    public const string BeforeArgument = "before";

    /// <summary>The page the field's arguments ask for; a size out of range is a VALIDATION_FAILED error naming the argument.</summary>
    public static PageRequest From(IResolveFieldContext context)
    {
        var first = CheckedSize(FirstArgument, context.GetArgument<int?>(FirstArgument));
        var last = CheckedSize(LastArgument, context.GetArgument<int?>(LastArgument));
        return new PageRequest(
            first ?? (last is null ? DefaultSize : null),
            context.GetArgument<string?>(AfterArgument),
            last,
            context.GetArgument<string?>(BeforeArgument));
    }

    private static int? CheckedSize(string argument, int? size) =>
        size is null or (>= MinSize and <= MaxSize)
            ? size
            : throw HomeCareErrors.Invalid(new ValidationError(
                [argument], string.Create(CultureInfo.InvariantCulture, $"{argument} is {size}; a page holds {MinSize} to {MaxSize} items.")));
}
