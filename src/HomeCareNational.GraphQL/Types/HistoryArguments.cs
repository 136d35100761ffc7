using System.Globalization;
using HomeCareNational.Domain.Validation;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.Types;

/// <summary>Reads and checks the instants the history fields take (<c>asOf</c>, <c>since</c>, <c>from</c>, <c>to</c>).</summary>
public static class HistoryArguments
{
    public const string AsOf = "asOf";

    public const string AsOfDescription =
        "Answer the totals as they were answered at this instant (ISO 8601 with an offset, e.g. 2025-01-31T09:00:00+09:00): the same numbers, `version` and `asOf`; all zero, with `version` 0 and `asOf` null, when nothing was in force yet. Applies to totals only: the register, its revisions and the analyses of the register are always current. VALIDATION_FAILED for an instant in the future.";

    /// <summary>The instant in the argument, or null when it is not given; VALIDATION_FAILED, naming it, when it lies in the future.</summary>
    public static DateTimeOffset? OptionalInstant(IResolveFieldContext context, string argument) =>
        context.GetArgument<DateTimeOffset?>(argument) is { } instant ? NotInFuture(context, argument, instant) : null;

    /// <summary>The instant in the (required) argument; VALIDATION_FAILED, naming it, when it lies in the future.</summary>
    public static DateTimeOffset Instant(IResolveFieldContext context, string argument) =>
        NotInFuture(context, argument, context.GetArgument<DateTimeOffset>(argument));

    /// <summary>A VALIDATION_FAILED error naming <paramref name="argument"/>.</summary>
    public static ExecutionError Invalid(string argument, string message) => HomeCareErrors.Invalid(new ValidationError([argument], message));

    private static DateTimeOffset NotInFuture(IResolveFieldContext context, string argument, DateTimeOffset instant)
    {
        var now = Readers.Totals(context).Now;
        return instant <= now
            ? instant
            : throw Invalid(argument, string.Create(CultureInfo.InvariantCulture,
                $"{argument} is {instant:O}, which is in the future (it is now {now:O}); the history holds only what was answered until now."));
    }
}
