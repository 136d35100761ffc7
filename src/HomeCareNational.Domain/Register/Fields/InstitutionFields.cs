using System.Collections.Immutable;

namespace HomeCareNational.Domain.Register;

/// <summary>The fields of <see cref="DesignatedInstitution"/>.</summary>
public static class InstitutionFields
{
    public static RecordField InstitutionCode { get; } = new(
        "institutionCode",
        "The 10-digit 医療機関コード, or the prefecture-issued id of a body without one.",
        "The 10-digit 医療機関コード, or for a body without one a prefecture-issued id starting with a letter. Unique within the prefecture.");

    public static RecordField Name { get; } = new("name", "The institution's name.", "The institution's name (at most 200 characters).");

    public static RecordField Kind { get; } = new("kind", "What kind of body it is.");

    public static RecordField MunicipalityCode { get; } = new(
        "municipalityCode",
        "5-digit JIS X 0402 code of its municipality.",
        "5-digit JIS X 0402 code of its municipality, starting with the prefecture code.");

    public static RecordField HomeCareAreaId { get; } = new(
        "homeCareAreaId",
        "The home-care area it belongs to, if assigned.",
        "The home-care area it belongs to; the area must already be submitted.");

    public static RecordField Functions { get; } = new("functions", "Which of the four home-care functions it provides.");

    public static RecordField Provides24Hours { get; } = new("provides24Hours", "Whether it provides home care around the clock.");

    public static RecordField DesignatedOn { get; } = new(
        "designatedOn", "Date of designation.", "Date of designation; not after the end of the fiscal year.");

    public static RecordField Status { get; } = new(
        "status", "Whether the designation is in force.", "Whether the designation is in force; ACTIVE when omitted.");

    /// <summary>Recorded by its own edit (recordDesignationReview), so the designation's input type has no such field.</summary>
    public static RecordField Review { get; } = new(
        "review",
        "The outcome of the review of this non-clinical designation; null until one is recorded, and always for a hospital or clinic.");

    /// <summary>Every field, in the record's order.</summary>
    public static ImmutableArray<RecordField> All { get; } =
        [InstitutionCode, Name, Kind, MunicipalityCode, HomeCareAreaId, Functions, Provides24Hours, DesignatedOn, Status, Review];
}
