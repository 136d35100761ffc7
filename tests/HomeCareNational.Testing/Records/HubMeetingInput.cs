using System.Text.Json.Serialization;

namespace HomeCareNational.Testing.Records;

/// <summary>One meeting of a report (<c>HubMeetingInput</c>).</summary>
[JsonConverter(typeof(GraphQLInputConverter))]
public sealed record HubMeetingInput(string HeldOn, IReadOnlyList<string> Attendees);
