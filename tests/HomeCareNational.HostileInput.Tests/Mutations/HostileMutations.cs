using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeCareNational.HostileInput.Tests.Mutations;

/// <summary>Every mutation of the API, each with a valid input for the hostile editor's prefecture.</summary>
internal static class HostileMutations
{
    private static JsonObject Area() => Node(new HomeCareAreaInput("hostile-area", "敵対圏域", "SECONDARY_MEDICAL_AREA", ["33101"]));

    private static JsonObject Hub() => Node(new CollaborationHubInput("hostile-hub", "敵対拠点", "CLINIC", "33101", ["hostile-area"]));

    private static JsonObject Institution() => Node(new DesignatedInstitutionInput(
        "3399999999", "敵対診療所", "HOME_CARE_SUPPORT_CLINIC", "33101", HomeCareAreaId: null, ["DISCHARGE_SUPPORT"], Provides24Hours: true, "2024-04-01"));

    private static JsonObject Report() => Node(new HubActivityReportInput(
        "hostile-hub",
        [new HubMeetingInput("2024-06-01", ["MEDICAL"])],
        [new HubDutyReportInput("STAKEHOLDER_MEETINGS", Done: true, "会議")],
        DisasterPreparednessSupport: false,
        "備考",
        TrainingSessions: 1,
        AwarenessEvents: 1));

    private static JsonObject Review() => Node(new DesignationReviewInput("KEPT", "理由", ReplacementInstitutionCode: null, "2024-07-01"));

    // The hostile cases overwrite single fields of a valid input, so they take it as a JSON object.
    private static JsonObject Node(object input) => JsonSerializer.SerializeToNode(input)!.AsObject();

    public static readonly HostileMutation[] All =
    [
        new("submitHomeCareAreas", "[HomeCareAreaInput!]!", "areas", () => new JsonArray(Area()), ["0.areaId", "0.name", "0.municipalityCodes.0"]),
        new("submitCollaborationHubs", "[CollaborationHubInput!]!", "hubs", () => new JsonArray(Hub()), ["0.hubId", "0.name", "0.municipalityCode", "0.areaIds.0"]),
        new("submitDesignations", "[DesignatedInstitutionInput!]!", "institutions", () => new JsonArray(Institution()), ["0.institutionCode", "0.name", "0.municipalityCode", "0.homeCareAreaId"]),
        new("submitHubActivityReports", "[HubActivityReportInput!]!", "reports", () => new JsonArray(Report()), ["0.hubId", "0.disasterPreparednessNote", "0.duties.0.note"]),
        new("addDesignation", "DesignatedInstitutionInput!", "institution", Institution, ["institutionCode", "name", "municipalityCode", "homeCareAreaId"]),
        new("updateDesignation", "DesignatedInstitutionInput!", "institution", Institution, ["institutionCode", "name", "municipalityCode"]),
        new("withdrawDesignation", "String!", "institutionCode", () => "3399999999", [""]),
        new("recordDesignationReview", "DesignationReviewInput!", "review", Review, ["reason", "replacementInstitutionCode"], ", institutionCode: \"3399999999\""),
        new("upsertCollaborationHub", "CollaborationHubInput!", "hub", Hub, ["hubId", "name", "municipalityCode", "areaIds.0"]),
        new("retireCollaborationHub", "String!", "hubId", () => "hostile-hub", [""]),
        new("upsertHomeCareArea", "HomeCareAreaInput!", "area", Area, ["areaId", "name", "municipalityCodes.0"]),
        new("retireHomeCareArea", "String!", "areaId", () => "hostile-area", [""]),
        new("reportHubActivity", "HubActivityReportInput!", "report", Report, ["hubId", "disasterPreparednessNote", "duties.0.note"]),
        new("openFiscalYear", null, null, () => null, []),
    ];
}
