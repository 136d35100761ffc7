using System.Collections.Immutable;

namespace HomeCareNational.Domain.Register;

/// <summary>What a collaboration hub did in a fiscal year (拠点の活動報告), one report per hub and year.</summary>
/// <param name="HubId">The hub reported on.</param>
/// <param name="Meetings">Meetings held, with who attended.</param>
/// <param name="Duties">Each of the five duties exactly once: done or not, with a note.</param>
/// <param name="DisasterPreparednessSupport">Whether the hub supported disaster preparedness (災害時及び災害に備えた体制構築への支援).</param>
/// <param name="DisasterPreparednessNote">What it did for disaster preparedness; optional.</param>
/// <param name="TrainingSessions">Training sessions held (研修).</param>
/// <param name="AwarenessEvents">Awareness events for residents held (普及啓発).</param>
[GenerateSerializer, Immutable]
public sealed record HubActivityReport(
    [property: Id(0)] string HubId,
    [property: Id(1)] ImmutableArray<HubMeeting> Meetings,
    [property: Id(2)] ImmutableArray<HubDutyReport> Duties,
    [property: Id(3)] bool DisasterPreparednessSupport,
    [property: Id(4)] string? DisasterPreparednessNote,
    [property: Id(5)] int TrainingSessions,
    [property: Id(6)] int AwarenessEvents)
{
    /// <summary>Value equality, the lists compared element by element.</summary>
    public bool Equals(HubActivityReport? other) =>
        other is not null && HubId == other.HubId && Meetings.SequenceEqual(other.Meetings) && Duties.SequenceEqual(other.Duties)
        && DisasterPreparednessSupport == other.DisasterPreparednessSupport && DisasterPreparednessNote == other.DisasterPreparednessNote
        && TrainingSessions == other.TrainingSessions && AwarenessEvents == other.AwarenessEvents;

    public override int GetHashCode() => HashCode.Combine(HubId, Meetings.Length, Duties.Length, TrainingSessions, AwarenessEvents);
}
