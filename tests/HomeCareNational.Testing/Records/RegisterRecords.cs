using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Testing.Records;

/// <summary>
/// The register's domain records as the grain, domain and import tests make them, one builder per record: a parameter
/// for every property, with the defaults most tests share, so a test names only what its case depends on.
/// <c>RegisterRecordsTests</c> holds each builder to its record, so a new property fails until it has a parameter here.
/// </summary>
public static class RegisterRecords
{
    /// <summary>The area the tests' designations are in unless they say otherwise.</summary>
    public const string FirstArea = "A1";

    public static HomeCareArea Area(
        string areaId, string name, IReadOnlyList<string> municipalityCodes, AreaUnitType unitType = AreaUnitType.SecondaryMedicalArea) =>
        new(areaId, name, unitType, [.. municipalityCodes]);

    public static CollaborationHub Hub(
        string hubId, string name, string municipalityCode, IReadOnlyList<string> areaIds, HubOperatorKind operatorKind = HubOperatorKind.MedicalAssociation) =>
        new(hubId, name, operatorKind, municipalityCode, [.. areaIds]);

    /// <summary>A designation in force in <see cref="FirstArea"/>, with every function and round-the-clock care unless said otherwise.</summary>
    public static DesignatedInstitution Institution(
        string institutionCode,
        string name,
        string municipalityCode,
        DateOnly designatedOn,
        InstitutionKind kind = InstitutionKind.HomeCareSupportClinic,
        string? homeCareAreaId = FirstArea,
        HomeCareFunctions functions = HomeCareFunctions.All,
        bool provides24Hours = true,
        DesignationStatus status = DesignationStatus.Active,
        DesignationReview? review = null) =>
        new(institutionCode, name, kind, municipalityCode, homeCareAreaId, functions, provides24Hours, designatedOn, status, review);
}
