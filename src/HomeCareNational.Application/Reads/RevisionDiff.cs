using System.Collections.Immutable;
using HomeCareNational.Abstractions.History;

namespace HomeCareNational.Application.Reads;

/// <summary>
/// The net change of a register between two versions: every record the revisions in between touched, as it was at
/// the first version (the first touch's before) and as it is at the second (the last touch's after). Records that
/// end as they started (added then removed, altered then altered back) are left out.
/// </summary>
/// <param name="FromVersion">The version compared from; 0 is the empty register before the first revision.</param>
/// <param name="ToVersion">The version compared to.</param>
/// <param name="Changes">The records that differ, by kind then id (ordinal).</param>
public sealed record RevisionDiff(long FromVersion, long ToVersion, ImmutableArray<RecordChange> Changes)
{
    /// <summary>How many revisions one diff may read: a diff reads every revision in its span, record by record.</summary>
    public const int MaxSpan = 1000;

    public int Added => Changes.Count(c => c.Before is null);

    public int Altered => Changes.Count(c => c.Before is not null && c.After is not null);

    public int Removed => Changes.Count(c => c.After is null);

    /// <summary>Folds the revisions <paramref name="fromVersion"/> + 1 to <paramref name="toVersion"/>, given in any order, into their net change.</summary>
    /// <exception cref="ArgumentException">A revision outside the span, or one missing from it.</exception>
    public static RevisionDiff Of(long fromVersion, long toVersion, IEnumerable<RegisterEvent> revisions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromVersion);
        ArgumentOutOfRangeException.ThrowIfLessThan(toVersion, fromVersion);
        var ordered = revisions.OrderBy(r => r.Version).ToList();
        var expected = toVersion - fromVersion;
        if (ordered.Count != expected || ordered.Where((r, i) => r.Version != fromVersion + 1 + i).Any())
        {
            throw new ArgumentException(
                $"A diff from version {fromVersion} to {toVersion} needs revisions {fromVersion + 1} to {toVersion}, each once; got [{string.Join(", ", ordered.Select(r => r.Version))}].",
                nameof(revisions));
        }

        var net = new Dictionary<(RecordKind Kind, string Id), (string? Before, string? After)>();
        foreach (var change in ordered.SelectMany(r => r.Changes))
        {
            var key = (change.Kind, change.Id);
            net[key] = net.TryGetValue(key, out var first) ? (first.Before, change.After) : (change.Before, change.After);
        }

        return new RevisionDiff(
            fromVersion,
            toVersion,
            [
                .. net
                    .Where(entry => !RecordComparison.SameRecord(entry.Value.Before, entry.Value.After))
                    .OrderBy(entry => entry.Key.Kind)
                    .ThenBy(entry => entry.Key.Id, StringComparer.Ordinal)
                    .Select(entry => new RecordChange(entry.Key.Kind, entry.Key.Id, entry.Value.Before, entry.Value.After)),
            ]);
    }
}
