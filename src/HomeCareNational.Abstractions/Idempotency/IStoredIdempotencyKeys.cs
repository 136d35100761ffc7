namespace HomeCareNational.Abstractions.Idempotency;

/// <summary>Lists the idempotency keys that have a stored result, for the retention sweep; implemented by the grain storage.</summary>
public interface IStoredIdempotencyKeys
{
    /// <summary>
    /// The grain keys (<see cref="IdempotencyKeys.GrainKey"/>) whose stored result was last written at or before
    /// <paramref name="writtenBy"/>: the only ones that may be past their retention. The key grain decides.
    /// </summary>
    IAsyncEnumerable<string> WrittenByAsync(DateTimeOffset writtenBy, CancellationToken cancellationToken = default);
}
