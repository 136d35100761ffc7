using GraphQLParser.AST;
using HomeCareNational.Abstractions.Idempotency;
using HomeCareNational.Domain.Validation;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.Idempotency;

/// <summary>The idempotency key of a mutation field: its <c>idempotencyKey</c> argument, else the request's <c>Idempotency-Key</c> header.</summary>
public static class ClientIdempotencyKey
{
    public const string ArgumentDescription =
        "A key the client makes up for this change (a UUID is good), so a retry is safe: the same key with the same arguments returns the first result and changes nothing; with other arguments it is refused (IDEMPOTENCY_KEY_REUSED); while the first is still running, IDEMPOTENCY_KEY_IN_FLIGHT. Scoped to the prefecture, kept at least 24 hours. The Idempotency-Key request header does the same for a document with one mutation.";

    public static string? Of(IResolveFieldContext context)
    {
        var argument = context.GetArgument<string?>(IdempotencyKeys.Argument);
        var key = argument ?? (context.UserContext.TryGetValue(HomeCareHeaders.IdempotencyKey, out var header) ? header as string : null);
        if (key is null)
        {
            return null;
        }

        var source = argument is null ? HomeCareHeaders.IdempotencyKey : IdempotencyKeys.Argument;
        if (IdempotencyKeys.Problem(key) is { } problem)
        {
            throw HomeCareErrors.Invalid(new ValidationError([source], problem));
        }

        if (argument is null && context.Operation.SelectionSet.Selections.Count(s => !(s is GraphQLField field && field.Name == "__typename")) > 1)
        {
            throw HomeCareErrors.Invalid(new ValidationError(
                [source], "The Idempotency-Key header covers a document with one mutation; give each mutation its own idempotencyKey argument instead."));
        }

        return key;
    }

    /// <summary>The error a refused key answers with.</summary>
    public static ExecutionError Refused(IdempotencyRefusedException refused) => new(refused.Message) { Code = refused.Code };
}
