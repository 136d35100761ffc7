using HomeCareNational.Abstractions.Idempotency;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace HomeCareNational.Grains.Idempotency;

/// <inheritdoc cref="IIdempotencyKeyGrain"/>
/// <remarks>
/// <para>
/// Only completed results are stored. The claim of a request in flight lives in memory: a silo crash or a
/// deactivation while the request runs loses nothing but the claim, so a retry runs the operation again, which is
/// safe because the operations behind the keys (register submissions and imports) replace whole register parts, and
/// repeating one changes nothing. Storing the claim would add a table write to every request and leave a crashed request's claim
/// blocking its key until the timeout.
/// </para>
/// <para>
/// Grain calls are serialized, so every method returns at once: the API does the work between
/// <see cref="BeginAsync"/> and <see cref="CompleteAsync"/>, and a concurrent retry is answered
/// <see cref="IdempotencyDecision.InFlight"/> instead of queuing behind the first request.
/// </para>
/// </remarks>
[GrainType(IdempotencyKeys.GrainType)]
public sealed class IdempotencyKeyGrain(
    [PersistentState(StorageNames.IdempotencyState, StorageNames.IdempotencyStorage)] IPersistentState<IdempotencyKeyState> state,
    IOptions<IdempotencyOptions> options,
    TimeProvider clock) : Grain, IIdempotencyKeyGrain
{
    private IdempotencyInFlightClaim? _inFlight;

    public Task<IdempotencyClaim> BeginAsync(string requestHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestHash);
        var now = clock.GetUtcNow();
        var claim = IdempotencyRules.Decide(state.State, _inFlight, requestHash, now, options.Value);
        if (claim.Decision == IdempotencyDecision.Run)
        {
            _inFlight = new IdempotencyInFlightClaim(requestHash, now);
        }

        return Task.FromResult(claim);
    }

    public async Task CompleteAsync(string requestHash, string resultJson)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestHash);
        ArgumentNullException.ThrowIfNull(resultJson);

        // A claim past its timeout is still accepted while nobody else took the key: its result is as good as any.
        if (_inFlight is not { } claim || !string.Equals(claim.RequestHash, requestHash, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Idempotency key '{this.GetPrimaryKeyString()}' has no request in flight with hash '{requestHash}' "
                + (_inFlight is null
                    ? "(none is in flight: it completed, was abandoned or was lost when the grain deactivated)"
                    : "(another request holds the key)")
                + $"; call {nameof(BeginAsync)} and carry the request out only when it answers {nameof(IdempotencyDecision.Run)}.");
        }

        var previous = state.State;
        state.State = new IdempotencyKeyState
        {
            RequestHash = requestHash,
            FirstSeen = claim.StartedAt,
            CompletedAt = clock.GetUtcNow(),
            ResultJson = resultJson,
        };
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // Memory must keep matching storage; the claim stays, so the caller may complete again.
            state.State = previous;
            if (exception is InconsistentStateException)
            {
                DeactivateOnIdle();
            }

            throw;
        }

        _inFlight = null;
    }

    public async Task<bool> ForgetIfExpiredAsync()
    {
        var now = clock.GetUtcNow();
        if (!state.RecordExists || IdempotencyRules.IsLive(_inFlight, now, options.Value) || !IdempotencyRules.IsExpired(state.State, now, options.Value))
        {
            return false;
        }

        // The provider of StorageNames.IdempotencyStorage deletes the row, with the state's ETag: a write by another
        // activation since this one read it makes the delete fail rather than lose that write.
        await state.ClearStateAsync();
        DeactivateOnIdle();
        return true;
    }

    public Task AbandonAsync(string requestHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestHash);
        if (_inFlight is { } claim && string.Equals(claim.RequestHash, requestHash, StringComparison.Ordinal))
        {
            _inFlight = null;
        }

        return Task.CompletedTask;
    }
}
