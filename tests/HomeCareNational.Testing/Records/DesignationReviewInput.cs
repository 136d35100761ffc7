using System.Text.Json.Serialization;

namespace HomeCareNational.Testing.Records;

/// <summary>A designation's review as the GraphQL input <c>DesignationReviewInput</c> takes it.</summary>
[JsonConverter(typeof(GraphQLInputConverter))]
public sealed record DesignationReviewInput(string Outcome, string? Reason, string? ReplacementInstitutionCode, string DecidedOn);
