using HomeCareNational.Abstractions.Idempotency;

namespace HomeCareNational.Application.Idempotency;

/// <summary>A request whose idempotency key may not run: used for another request (422 semantics) or still running (409 semantics).</summary>
public sealed class IdempotencyRefusedException(IdempotencyDecision decision, string message) : Exception(message)
{
    public IdempotencyDecision Decision { get; } = decision;

    /// <summary>The error code both front doors answer with: <see cref="ErrorCodes.IdempotencyKeyInFlight"/> or <see cref="ErrorCodes.IdempotencyKeyReused"/>.</summary>
    public string Code => Decision == IdempotencyDecision.InFlight ? ErrorCodes.IdempotencyKeyInFlight : ErrorCodes.IdempotencyKeyReused;
}
