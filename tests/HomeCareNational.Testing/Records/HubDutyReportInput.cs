using System.Text.Json.Serialization;

namespace HomeCareNational.Testing.Records;

/// <summary>One duty of a report (<c>HubDutyReportInput</c>).</summary>
[JsonConverter(typeof(GraphQLInputConverter))]
public sealed record HubDutyReportInput(string Duty, bool Done, string? Note);
