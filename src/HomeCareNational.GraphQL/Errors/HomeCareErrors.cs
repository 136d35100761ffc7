using HomeCareNational.Domain.Validation;

namespace HomeCareNational.GraphQL.Errors;

/// <summary>Builds the errors resolvers return, in the shape the API documents.</summary>
public static class HomeCareErrors
{
    public static ExecutionError NotFound(string message) => new(message) { Code = ErrorCodes.NotFound };

    /// <summary>The error a use case's typed refusal answers with; null for any other exception.</summary>
    public static ExecutionError? Of(Exception exception) => exception switch
    {
        NotFoundException notFound => NotFound(notFound.Message),
        ValidationFailedException invalid => Invalid(invalid.Error),
        _ => null,
    };

    /// <summary>The error a client sees for a storage failure's code (<see cref="StorageFailures.CodeOf"/>).</summary>
    public static ExecutionError StorageFailure(string code) => new(StorageFailures.MessageFor(code)) { Code = code };

    /// <summary>
    /// A domain validation problem as a GraphQL error: <c>extensions.field</c> is the readable path
    /// (institutions[3].kind) and <c>extensions.inputPath</c> the same as a list of names and indexes.
    /// </summary>
    /// <param name="error">The problem.</param>
    /// <param name="code">The error's code, when the rule broken is not an input's (a round that is closed).</param>
    public static ExecutionError Invalid(ValidationError error, string code = ErrorCodes.ValidationFailed) => new(error.Message)
    {
        Code = code,
        Extensions = new Dictionary<string, object?>
        {
            ["field"] = error.Field,
            ["inputPath"] = error.Path.Select(segment => int.TryParse(segment, out var index) ? (object)index : segment).ToList(),
        },
    };

    /// <summary>Adds every problem to the response and returns null for the field, as a rejected mutation has no result.</summary>
    public static object? Reject(IResolveFieldContext context, IEnumerable<ValidationError> errors, string code = ErrorCodes.ValidationFailed)
    {
        foreach (var error in errors)
        {
            var executionError = Invalid(error, code);
            executionError.AddLocation(context.FieldAst, context.Document);
            executionError.Path = context.Path;
            context.Errors.Add(executionError);
        }

        return null;
    }
}
