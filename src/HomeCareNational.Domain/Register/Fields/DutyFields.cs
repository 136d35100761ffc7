using System.Collections.Immutable;

namespace HomeCareNational.Domain.Register;

/// <summary>The fields of <see cref="HubDutyReport"/>.</summary>
public static class DutyFields
{
    public static RecordField Duty { get; } = new("duty", "Which duty.");

    public static RecordField Done { get; } = new("done", "Whether the hub did it.", "Whether it was done in the fiscal year.");

    public static RecordField Note { get; } = new(
        "note", "What was done, or why not; null when the prefecture gave no note.", "What was done, or why not (at most 2,000 characters).");

    /// <summary>Every field, in the record's order.</summary>
    public static ImmutableArray<RecordField> All { get; } = [Duty, Done, Note];
}
