using GraphQL.Execution;

namespace HomeCareNational.GraphQL.Errors;

/// <summary>
/// Serializes errors as the API documents them: <c>extensions</c> holds <c>code</c> plus the error's own
/// extensions, and never exception details, inner codes or internal type names.
/// </summary>
public sealed class HomeCareErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var internalFailure = executionError is UnhandledError;
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = internalFailure ? ErrorCodes.InternalError : executionError.Code ?? ErrorCodes.BadRequest,
        };
        if (!internalFailure && executionError.Extensions is { } own)
        {
            foreach (var (key, value) in own)
            {
                extensions[key] = value;
            }
        }

        return new ErrorInfo
        {
            Message = internalFailure ? "The service could not complete this field; the failure has been logged." : executionError.Message,
            Extensions = extensions,
        };
    }
}
