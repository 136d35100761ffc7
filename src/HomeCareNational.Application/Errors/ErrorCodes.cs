namespace HomeCareNational.Application.Errors;

/// <summary>
/// The error codes both front doors answer with (<c>extensions.code</c> in GraphQL, <c>code</c> in the REST upload's
/// body), beside the GraphQL transport's own (<c>GraphQLErrorCodes</c>) and graphql-dotnet's parse and validation codes.
/// </summary>
public static class ErrorCodes
{
    /// <summary>An input value broke a rule of the domain; <c>extensions.field</c> and <c>extensions.inputPath</c> say which.</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";

    /// <summary>The caller may not use a field: another prefecture's data, or detail beyond the caller's role.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A prefecture, region or other thing named in the request does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The request could not be read: not a GraphQL request, or an upload without its file.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The service failed; details are in the service's log, never in the response.</summary>
    public const string InternalError = "INTERNAL_ERROR";



    /// <summary>The body is larger than the service reads (HTTP 413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The body did not arrive in time (HTTP 408).</summary>
    public const string RequestTimeout = "REQUEST_TIMEOUT";






    /// <summary>The idempotency key was already used for a different request (HTTP 422 semantics): use a new key.</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>The first request with this idempotency key is still running (HTTP 409 semantics): retry later for its result.</summary>
    public const string IdempotencyKeyInFlight = "IDEMPOTENCY_KEY_IN_FLIGHT";

    /// <summary>A row or cell of an imported file is invalid; <c>extensions.row</c> and <c>extensions.column</c> place it.</summary>
    public const string ImportRejected = "IMPORT_REJECTED";

    /// <summary>An uploaded file is larger than the import's size limit (HTTP 413 semantics).</summary>
    public const string FileTooLarge = "FILE_TOO_LARGE";

    /// <summary>As many imports as the service runs at once are running and queued (HTTP 429 semantics): retry after the time given.</summary>
    public const string TooManyImports = "TOO_MANY_IMPORTS";

    /// <summary>A step of a reporting round that is closed: its figures are final and it takes no step any more.</summary>
    public const string RoundClosed = "ROUND_CLOSED";

    /// <summary>A grain call was not answered (a silo died or timed out): HTTP 503, retry shortly with the same idempotency key.</summary>
    public const string ClusterUnavailable = "CLUSTER_UNAVAILABLE";



    /// <summary>The code of a refusal made by HTTP status alone: a body too large or too slow, anything else the client sent wrong, or a failure of the service.</summary>
    public static string ForStatus(int status) => status switch
    {
        413 => RequestTooLarge,
        408 => RequestTimeout,
        >= 400 and < 500 => BadRequest,
        _ => InternalError,
    };

    /// <summary>Storage cannot be reached (HTTP 503): nothing was changed; retry later, with the same idempotency key.</summary>
    public const string StorageUnavailable = "STORAGE_UNAVAILABLE";

    /// <summary>
    /// Storing the change failed in a way that leaves unknown whether it was stored (HTTP 503): retry with the same
    /// idempotency key, which answers the original success if it was stored and applies it otherwise.
    /// </summary>
    public const string StorageOutcomeUnknown = "STORAGE_OUTCOME_UNKNOWN";
}
