using System.Text.Json.Serialization;

namespace HomeCareNational.Testing.Records;

/// <summary>A hub's activity report as the GraphQL input <c>HubActivityReportInput</c> takes it.</summary>
[JsonConverter(typeof(GraphQLInputConverter))]
public sealed record HubActivityReportInput(
    string HubId,
    IReadOnlyList<HubMeetingInput> Meetings,
    IReadOnlyList<HubDutyReportInput> Duties,
    bool DisasterPreparednessSupport,
    string? DisasterPreparednessNote,
    int TrainingSessions,
    int AwarenessEvents);
