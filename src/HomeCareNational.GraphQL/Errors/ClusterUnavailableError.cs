using Orleans.Runtime.Messaging;

namespace HomeCareNational.GraphQL.Errors;

/// <summary>
/// A grain call that the cluster did not answer: its silo died or is unreachable, or no answer came within
/// <c>Orleans:ResponseTimeout</c>. The request is answered with HTTP 503 and <see cref="ErrorCodes.ClusterUnavailable"/>
/// instead of an internal error; a change may or may not have been applied, so the message says to retry with the same
/// idempotency key, which applies it at most once.
/// </summary>
public sealed class ClusterUnavailableError : ExecutionError
{
    public ClusterUnavailableError()
        : base("The service's cluster did not answer in time (a server is failing over). Retry shortly; a change retried with the same "
            + "Idempotency-Key is applied at most once.")
    {
        Code = ErrorCodes.ClusterUnavailable;
    }

    /// <summary>True when <paramref name="exception"/> or one it wraps means the cluster did not answer a grain call.</summary>
    public static bool IsCausedBy(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException)
            {
                return true;
            }
        }

        return false;
    }
}
