using System.Collections.Immutable;

namespace HomeCareNational.Domain.Register;

/// <summary>The fields of <see cref="CollaborationHub"/>.</summary>
public static class HubFields
{
    public static RecordField HubId { get; } = new(
        "hubId",
        "Prefecture-issued id, unique within the prefecture.",
        "Prefecture-issued id: 1 to 32 letters, digits, '-' or '_'. Unique within the prefecture.");

    public static RecordField Name { get; } = new("name", "The hub's name.", "The hub's name (at most 200 characters).");

    public static RecordField OperatorKind { get; } = new("operatorKind", "Who runs it.");

    public static RecordField MunicipalityCode { get; } = new("municipalityCode", "5-digit JIS X 0402 code of its municipality.");

    public static RecordField AreaIds { get; } = new(
        "areaIds", "The home-care areas it covers.", "The home-care areas it covers; each must already be submitted.");

    /// <summary>Every field, in the record's order.</summary>
    public static ImmutableArray<RecordField> All { get; } = [HubId, Name, OperatorKind, MunicipalityCode, AreaIds];
}
