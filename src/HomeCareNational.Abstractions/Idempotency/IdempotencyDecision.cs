namespace HomeCareNational.Abstractions.Idempotency;

/// <summary>What to do with a request that carries an idempotency key.</summary>
public enum IdempotencyDecision
{
    /// <summary>The key is new (or expired): carry the request out.</summary>
    Run,

    /// <summary>The same request completed before: answer its stored result, change nothing.</summary>
    Replay,

    /// <summary>The key was used for a different request: refuse (422 semantics).</summary>
    Mismatch,

    /// <summary>The first request with this key is still running: refuse (409 semantics).</summary>
    InFlight,
}
