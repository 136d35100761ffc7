using System.Text.Json.Serialization;

namespace HomeCareNational.Testing.Records;

/// <summary>A home-care area as the GraphQL input <c>HomeCareAreaInput</c> takes it, enum values as their GraphQL names.</summary>
[JsonConverter(typeof(GraphQLInputConverter))]
public sealed record HomeCareAreaInput(string AreaId, string Name, string UnitType, IReadOnlyList<string> MunicipalityCodes);
