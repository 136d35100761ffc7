using System.Collections.Immutable;
using System.Text.Json;
using HomeCareNational.Abstractions.History;

namespace HomeCareNational.Grains.History;

/// <summary>Which records of a register an accepted change added, altered or removed, each before and after as JSON (<see cref="StoredJson.Records"/>).</summary>
public static class RecordChanges
{
    public static ImmutableArray<RecordChange> Between(PrefectureRegister before, PrefectureRegister after) =>
    [
        .. Of(RecordKind.Area, before.Areas, after.Areas, a => a.AreaId),
        .. Of(RecordKind.Hub, before.Hubs, after.Hubs, h => h.HubId),
        .. Of(RecordKind.Designation, before.Institutions, after.Institutions, i => i.InstitutionCode),
        .. Of(RecordKind.HubActivityReport, before.ActivityReports, after.ActivityReports, r => r.HubId),
    ];

    /// <summary>
    /// The register the events make from the empty one, each record as its last event left it, in id order (the
    /// register's own order is not in the history).
    /// </summary>
    public static PrefectureRegister Rebuild(IEnumerable<RegisterEvent> events)
    {
        var last = new Dictionary<(RecordKind Kind, string Id), string?>();
        foreach (var change in events.OrderBy(e => e.Version).SelectMany(e => e.Changes))
        {
            last[(change.Kind, change.Id)] = change.After;
        }

        ImmutableArray<T> Records<T>(RecordKind kind) =>
        [
            .. last.Where(r => r.Key.Kind == kind && r.Value is not null)
                .OrderBy(r => r.Key.Id, StringComparer.Ordinal)
                .Select(r => JsonSerializer.Deserialize<T>(r.Value!, StoredJson.Records)!),
        ];

        return new PrefectureRegister(Records<HomeCareArea>(RecordKind.Area), Records<CollaborationHub>(RecordKind.Hub), Records<DesignatedInstitution>(RecordKind.Designation))
        {
            ActivityReports = Records<HubActivityReport>(RecordKind.HubActivityReport),
        };
    }

    private static IEnumerable<RecordChange> Of<T>(RecordKind kind, ImmutableArray<T> before, ImmutableArray<T> after, Func<T, string> key)
        where T : class
    {
        var old = before.ToDictionary(key, StringComparer.Ordinal);
        var current = after.ToDictionary(key, StringComparer.Ordinal);
        foreach (var id in old.Keys.Union(current.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var (was, now) = (old.GetValueOrDefault(id), current.GetValueOrDefault(id));
            if (!Equals(was, now))
            {
                yield return new RecordChange(kind, id, Serialize(was), Serialize(now));
            }
        }
    }

    private static string? Serialize<T>(T? record)
        where T : class =>
        record is null ? null : JsonSerializer.Serialize(record, StoredJson.Records);
}
