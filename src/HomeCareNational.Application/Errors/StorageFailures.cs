using System.Net.Sockets;

namespace HomeCareNational.Application.Errors;

/// <summary>
/// Tells a storage outage from a bug: an exception whose chain holds a transport failure (storage not reachable)
/// or a <see cref="StorageOutcomeUnknownException"/> or timeout (a change that may or may not have been stored)
/// becomes its own error code rather than <c>INTERNAL_ERROR</c>.
/// </summary>
public static class StorageFailures
{
    /// <summary>The error code for the failure, or null when it is not a storage failure.</summary>
    public static string? CodeOf(Exception exception, bool isMutation)
    {
        var chain = Chain(exception).ToList();
        if (chain.Any(e => e is StorageOutcomeUnknownException) || (isMutation && chain.Any(e => e is TimeoutException)))
        {
            return ErrorCodes.StorageOutcomeUnknown;
        }

        return chain.Any(e => e is HttpRequestException or SocketException or TimeoutException) ? ErrorCodes.StorageUnavailable : null;
    }

    /// <summary>What a client is told for the code, worded for what it should do next.</summary>
    public static string MessageFor(string code) => code == ErrorCodes.StorageOutcomeUnknown
        ? "Storage did not answer in time, so whether the change was stored is unknown; retry with the same idempotency key to learn which (it is applied once either way)."
        : "Storage cannot be reached just now; nothing was changed. Retry later, with the same idempotency key.";

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
