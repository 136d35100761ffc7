namespace HomeCareNational.Grains.Idempotency;

/// <summary>
/// How long idempotency keys are remembered; bound from the <see cref="Section"/> configuration section and validated
/// at start-up (<see cref="IdempotencyOptionsValidator"/>).
/// </summary>
public sealed class IdempotencyOptions
{
    public const string Section = "HomeCare:Idempotency";

    /// <summary>The issue promises clients that a key is remembered for at least 24 hours.</summary>
    public static readonly TimeSpan MinimumRetention = TimeSpan.FromHours(24);

    public static readonly TimeSpan DefaultRetention = MinimumRetention;

    /// <summary>Far longer than any mutation or import the API carries out, so only a lost request outlives it.</summary>
    public static readonly TimeSpan DefaultInFlightTimeout = TimeSpan.FromMinutes(2);

    /// <summary>How long a completed result is replayed, counted from its completion; after that the key runs anew.</summary>
    public TimeSpan Retention { get; set; } = DefaultRetention;

    /// <summary>
    /// How long a claim without a result blocks its key; an older claim is taken for a request that died without
    /// completing or abandoning it, and the next request with the key runs.
    /// </summary>
    public TimeSpan InFlightTimeout { get; set; } = DefaultInFlightTimeout;
}
