namespace HomeCareNational.Abstractions.Idempotency;

/// <summary>
/// One client idempotency key of one prefecture. Key: "{prefecture code}/{client key}", see <see cref="IdempotencyKeys.GrainKey"/>.
/// The API calls <see cref="BeginAsync"/> before it carries out a mutation or import, then <see cref="CompleteAsync"/>
/// with the result it answered (or <see cref="AbandonAsync"/> when it could not answer, so a retry may run). Completed
/// results are stored durably and kept for the configured retention (at least 24 hours).
/// </summary>
public interface IIdempotencyKeyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the key for a request whose operation and payload hash to <paramref name="requestHash"/>: the request
    /// may run (<see cref="IdempotencyDecision.Run"/>), is a retry of a completed one (<see cref="IdempotencyDecision.Replay"/>,
    /// with the stored result), reuses the key for another request (<see cref="IdempotencyDecision.Mismatch"/>) or
    /// arrives while the first is still running (<see cref="IdempotencyDecision.InFlight"/>).
    /// </summary>
    Task<IdempotencyClaim> BeginAsync(string requestHash);

    /// <summary>Stores the result answered to the request that claimed the key.</summary>
    Task CompleteAsync(string requestHash, string resultJson);

    /// <summary>Releases a claim whose request failed without a result to keep.</summary>
    Task AbandonAsync(string requestHash);

    /// <summary>
    /// Deletes the stored result once it is past its retention and no request holds the key; true when it deleted one.
    /// Safe to repeat: a key already forgotten, live or never completed answers false and changes nothing.
    /// </summary>
    Task<bool> ForgetIfExpiredAsync();
}
