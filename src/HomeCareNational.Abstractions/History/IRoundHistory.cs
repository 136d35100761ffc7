using System.Collections.Immutable;

namespace HomeCareNational.Abstractions.History;

/// <summary>
/// The durable, append-only history of the reporting rounds (Azure Table Storage). The round grain appends a step
/// before it stores it; an event above the round's stored version is the leftover of a write that failed, is never
/// shown, and is replaced by the next step of that version.
/// </summary>
public interface IRoundHistory
{
    /// <summary>Stores the event; replaces an uncommitted leftover of the same version.</summary>
    Task AppendAsync(RoundEvent step, CancellationToken cancellationToken = default);

    /// <summary>The round's events of versions 1 to <paramref name="toVersion"/>, ascending.</summary>
    Task<ImmutableArray<RoundEvent>> ReadAsync(int fiscalYear, long toVersion, CancellationToken cancellationToken = default);
}
