using System.Collections.Immutable;

namespace HomeCareNational.Abstractions.History;

/// <summary>
/// The durable, append-only history of every prefecture's register (Azure Table Storage). The prefecture grain
/// appends an event before it stores the change itself; an event above the register's committed version is the
/// leftover of a write that failed, is never shown, and is replaced by the next accepted change of that version.
/// </summary>
public interface IRegisterHistory
{
    /// <summary>Stores the event; replaces an uncommitted leftover of the same version.</summary>
    Task AppendAsync(RegisterEvent change, CancellationToken cancellationToken = default);

    /// <summary>Summaries of the versions <paramref name="fromVersion"/> to <paramref name="toVersion"/> (both included), ascending.</summary>
    Task<ImmutableArray<RevisionSummary>> ReadSummariesAsync(
        string prefectureCode, int fiscalYear, long fromVersion, long toVersion, CancellationToken cancellationToken = default);

    /// <summary>Full events of the versions <paramref name="fromVersion"/> to <paramref name="toVersion"/> (both included), ascending.</summary>
    Task<ImmutableArray<RegisterEvent>> ReadEventsAsync(
        string prefectureCode, int fiscalYear, long fromVersion, long toVersion, CancellationToken cancellationToken = default);
}
