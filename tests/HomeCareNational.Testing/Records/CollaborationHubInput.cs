using System.Text.Json.Serialization;

namespace HomeCareNational.Testing.Records;

/// <summary>A collaboration hub as the GraphQL input <c>CollaborationHubInput</c> takes it, enum values as their GraphQL names.</summary>
[JsonConverter(typeof(GraphQLInputConverter))]
public sealed record CollaborationHubInput(string HubId, string Name, string OperatorKind, string MunicipalityCode, IReadOnlyList<string> AreaIds);
