namespace HomeCareNational.Abstractions.Idempotency;

/// <summary>The answer to <see cref="IIdempotencyKeyGrain.BeginAsync"/>.</summary>
/// <param name="Decision">What to do with the request.</param>
/// <param name="ResultJson">For <see cref="IdempotencyDecision.Replay"/>, the result answered the first time.</param>
/// <param name="FirstSeen">When the key was first claimed; null for <see cref="IdempotencyDecision.Run"/>.</param>
[GenerateSerializer, Immutable]
public sealed record IdempotencyClaim(
    [property: Id(0)] IdempotencyDecision Decision,
    [property: Id(1)] string? ResultJson,
    [property: Id(2)] DateTimeOffset? FirstSeen);
