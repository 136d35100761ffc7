using System.Text.Json.Serialization;

namespace HomeCareNational.Testing.Records;

/// <summary>
/// A designation as the GraphQL input <c>DesignatedInstitutionInput</c> takes it: enum values as their GraphQL names,
/// the date as ISO text. The review is not part of it; <c>recordDesignationReview</c> sets it.
/// </summary>
[JsonConverter(typeof(GraphQLInputConverter))]
public sealed record DesignatedInstitutionInput(
    string InstitutionCode,
    string Name,
    string Kind,
    string MunicipalityCode,
    string? HomeCareAreaId,
    IReadOnlyList<string> Functions,
    bool Provides24Hours,
    string DesignatedOn,
    string Status = DesignatedInstitutionInput.Active)
{
    /// <summary>The status a designation has unless withdrawn (the input's default).</summary>
    public const string Active = "ACTIVE";
}
