namespace HomeCareNational.Grains.Idempotency;

/// <summary>
/// Persistent state of <see cref="IdempotencyKeyGrain"/>: the completed request of the key, if any. Empty until the
/// first request completes; a claim still in flight is not stored (see <see cref="IdempotencyInFlightClaim"/>).
/// </summary>
[GenerateSerializer]
public sealed record IdempotencyKeyState
{
    /// <summary>The hash of the operation and payload that completed.</summary>
    [Id(0)]
    public string? RequestHash { get; init; }

    /// <summary>When that request claimed the key.</summary>
    [Id(1)]
    public DateTimeOffset? FirstSeen { get; init; }

    /// <summary>When its result was stored; the retention counts from here.</summary>
    [Id(2)]
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The result answered to it, replayed verbatim to retries.</summary>
    [Id(3)]
    public string? ResultJson { get; init; }
}
