using System.Collections.Immutable;

namespace HomeCareNational.Domain.Register;

/// <summary>The fields of <see cref="HubActivityReport"/>.</summary>
public static class ActivityReportFields
{
    /// <summary>The output type has no such field: a report is read through its hub.</summary>
    public static RecordField HubId { get; } = new(
        "hubId", "The hub reported on.", "The hub reported on; a hub of the fiscal year's register.");

    public static RecordField Meetings { get; } = new(
        "meetings", "Meetings held, in the order reported; empty when none.", "Meetings held (at most 500).");

    public static RecordField Duties { get; } = new(
        "duties", "Each of the five duties once, done or not, in the plan's order.", "Each of the five duties exactly once.");

    public static RecordField DisasterPreparednessSupport { get; } = new(
        "disasterPreparednessSupport", "Whether the hub supported disaster preparedness (災害時及び災害に備えた体制構築への支援).");

    public static RecordField DisasterPreparednessNote { get; } = new(
        "disasterPreparednessNote",
        "What it did for disaster preparedness; null when the prefecture gave no note.",
        "What it did for disaster preparedness (at most 2,000 characters).");

    public static RecordField TrainingSessions { get; } = new(
        "trainingSessions",
        "Training sessions held for medical, care and disability-welfare staff (研修).",
        "Training sessions held (研修), 0 to 10,000.");

    public static RecordField AwarenessEvents { get; } = new(
        "awarenessEvents", "Awareness events held for residents (普及啓発).", "Awareness events for residents held (普及啓発), 0 to 10,000.");

    /// <summary>Every field, in the record's order.</summary>
    public static ImmutableArray<RecordField> All { get; } =
        [HubId, Meetings, Duties, DisasterPreparednessSupport, DisasterPreparednessNote, TrainingSessions, AwarenessEvents];
}
