using System.Collections.Immutable;

namespace HomeCareNational.Domain.Register;

/// <summary>The fields of <see cref="HomeCareArea"/>.</summary>
public static class AreaFields
{
    public static RecordField AreaId { get; } = new(
        "areaId",
        "Prefecture-issued id, unique within the prefecture.",
        "Prefecture-issued id: 1 to 32 letters, digits, '-' or '_'. Unique within the prefecture.");

    public static RecordField Name { get; } = new("name", "The area's name.", "The area's name (at most 200 characters).");

    public static RecordField UnitType { get; } = new("unitType", "How the area is drawn.");

    public static RecordField MunicipalityCodes { get; } = new(
        "municipalityCodes",
        "5-digit JIS X 0402 codes of the municipalities it spans.",
        "5-digit JIS X 0402 codes of the municipalities it spans; at least one.");

    /// <summary>Every field, in the record's order.</summary>
    public static ImmutableArray<RecordField> All { get; } = [AreaId, Name, UnitType, MunicipalityCodes];
}
