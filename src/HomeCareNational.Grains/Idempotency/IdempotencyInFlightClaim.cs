namespace HomeCareNational.Grains.Idempotency;

/// <summary>
/// A request that claimed its key and has neither completed nor abandoned it. Held in the grain's memory only,
/// never stored: see <see cref="IdempotencyKeyGrain"/>.
/// </summary>
/// <param name="RequestHash">The hash of the claiming request's operation and payload.</param>
/// <param name="StartedAt">When it claimed the key; the in-flight timeout counts from here.</param>
public sealed record IdempotencyInFlightClaim(string RequestHash, DateTimeOffset StartedAt);
