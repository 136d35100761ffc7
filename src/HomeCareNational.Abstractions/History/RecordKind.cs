namespace HomeCareNational.Abstractions.History;

/// <summary>What kind of record of a prefecture's register a <see cref="RecordChange"/> is about.</summary>
public enum RecordKind
{
    Area,
    Hub,
    Designation,
    HubActivityReport,
}
