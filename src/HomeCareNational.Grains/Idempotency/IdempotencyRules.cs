using System.Diagnostics.CodeAnalysis;
using HomeCareNational.Abstractions.Idempotency;

namespace HomeCareNational.Grains.Idempotency;

/// <summary>
/// The decision of <see cref="IIdempotencyKeyGrain.BeginAsync"/> as a pure function of what the key holds and the time,
/// so that expiry can be tested without waiting a day.
/// </summary>
public static class IdempotencyRules
{
    /// <summary>
    /// Decides what to do with a request hashing to <paramref name="requestHash"/> that arrives at <paramref name="now"/>.
    /// A live claim comes first: a key whose stored result expired may already be claimed again. A claim or result is
    /// live until it is older than its timeout or retention (one exactly as old still counts).
    /// </summary>
    /// <param name="stored">The key's durable state (empty when no request completed).</param>
    /// <param name="inFlight">The claim of a request still running, if any.</param>
    /// <param name="requestHash">The hash of the arriving request.</param>
    /// <param name="now">The current time.</param>
    /// <param name="options">The retention and in-flight timeout.</param>
    public static IdempotencyClaim Decide(
        IdempotencyKeyState stored,
        IdempotencyInFlightClaim? inFlight,
        string requestHash,
        DateTimeOffset now,
        IdempotencyOptions options)
    {
        if (IsLive(inFlight, now, options))
        {
            return Same(inFlight.RequestHash, requestHash)
                ? new IdempotencyClaim(IdempotencyDecision.InFlight, null, inFlight.StartedAt)
                : new IdempotencyClaim(IdempotencyDecision.Mismatch, null, inFlight.StartedAt);
        }

        if (stored is { RequestHash: { } completedHash, ResultJson: { } resultJson } && !IsExpired(stored, now, options))
        {
            return Same(completedHash, requestHash)
                ? new IdempotencyClaim(IdempotencyDecision.Replay, resultJson, stored.FirstSeen)
                : new IdempotencyClaim(IdempotencyDecision.Mismatch, null, stored.FirstSeen);
        }

        return new IdempotencyClaim(IdempotencyDecision.Run, null, null);
    }

    /// <summary>Whether a stored result is past its retention at <paramref name="now"/>; a state without a completion is, having nothing to keep.</summary>
    public static bool IsExpired(IdempotencyKeyState stored, DateTimeOffset now, IdempotencyOptions options) =>
        stored.CompletedAt is not { } completedAt || now - completedAt > options.Retention;

    /// <summary>Whether a claim still blocks its key at <paramref name="now"/>.</summary>
    public static bool IsLive([NotNullWhen(true)] IdempotencyInFlightClaim? inFlight, DateTimeOffset now, IdempotencyOptions options) =>
        inFlight is not null && now - inFlight.StartedAt <= options.InFlightTimeout;

    private static bool Same(string held, string arriving) => string.Equals(held, arriving, StringComparison.Ordinal);
}
