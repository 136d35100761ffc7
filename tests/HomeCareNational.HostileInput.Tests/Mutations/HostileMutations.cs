using System.Text.Json.Nodes;

namespace HomeCareNational.HostileInput.Tests.Mutations;

/// <summary>Every mutation of the API, each with a valid input for the hostile editor's prefecture.</summary>
internal static class HostileMutations
{
    private static JsonObject Area() => new()
    {
        ["areaId"] = "hostile-area", ["name"] = "敵対圏域", ["unitType"] = "SECONDARY_MEDICAL_AREA", ["municipalityCodes"] = new JsonArray("33101"),
    };

    private static JsonObject Hub() => new()
    {
        ["hubId"] = "hostile-hub", ["name"] = "敵対拠点", ["operatorKind"] = "CLINIC", ["municipalityCode"] = "33101", ["areaIds"] = new JsonArray("hostile-area"),
    };

    private static JsonObject Institution() => new()
    {
        ["institutionCode"] = "3399999999", ["name"] = "敵対診療所", ["kind"] = "HOME_CARE_SUPPORT_CLINIC", ["municipalityCode"] = "33101",
        ["homeCareAreaId"] = null, ["functions"] = new JsonArray("DISCHARGE_SUPPORT"), ["provides24Hours"] = true, ["designatedOn"] = "2024-04-01",
    };

    private static JsonObject Report() => new()
    {
        ["hubId"] = "hostile-hub",
        ["meetings"] = new JsonArray(new JsonObject { ["heldOn"] = "2024-06-01", ["attendees"] = new JsonArray("MEDICAL") }),
        ["duties"] = new JsonArray(new JsonObject { ["duty"] = "STAKEHOLDER_MEETINGS", ["done"] = true, ["note"] = "会議" }),
        ["disasterPreparednessSupport"] = false, ["disasterPreparednessNote"] = "備考", ["trainingSessions"] = 1, ["awarenessEvents"] = 1,
    };

    private static JsonObject Review() => new()
    {
        ["outcome"] = "KEPT", ["reason"] = "理由", ["replacementInstitutionCode"] = null, ["decidedOn"] = "2024-07-01",
    };

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
