using System.Globalization;
using System.Text.Json.Nodes;
using HomeCareNational.Identity;
using static HomeCareNational.Api.Tests.Mutations.MutationRequests;

namespace HomeCareNational.Api.Tests.Mutations;

/// <summary>
/// The one-record mutations over real HTTP: each accepted edit moves the prefecture's totals and version by one, each
/// refused edit names the field and changes nothing. Every test keeps to a (prefecture, fiscal year) pair of the class's
/// claim; 07 opens <see cref="Year"/> from <see cref="PreviousYear"/> and finds nothing before
/// <see cref="LaterYear"/>.
/// </summary>
[WritesRegisters(Year, "02", "03", "04", "06", "07")]
[WritesRegisters(PreviousYear, "07")]
[WritesRegisters(EmptyYear, "07")]
[WritesRegisters(LaterYear, "07")]
[Collection(ServiceCollection.Name)]
public sealed class IncrementalEditTests(ServiceFixture service)
{
    private const int Year = 2046;
    private const int PreviousYear = Year - 1;

    /// <summary>Stays empty, so <see cref="LaterYear"/> has nothing to start from.</summary>
    private const int EmptyYear = Year + 1;
    private const int LaterYear = Year + 2;

    [Fact]
    public async Task Designations_are_added_updated_and_withdrawn_one_at_a_time()
    {
        const string P = "02";
        var editor = Editor(P);
        (await editor.MutateAsync("upsertHomeCareArea", P, Year, null, MutationArgument.Area(Area("A1", "02201")))).Accepted("upsertHomeCareArea");

        var added = (await editor.MutateAsync("addDesignation", P, Year, null, MutationArgument.Institution(Institution("0200000001", "CLINIC", "02201", Year, "A1"))))
            .Accepted("addDesignation");
        Assert.Equal(2, added.Version());
        Assert.Equal(1, added.Designations());

        var before = await StateAsync(P);
        var again = await editor.MutateAsync("addDesignation", P, Year, null, MutationArgument.Institution(Institution("0200000001", "HOSPITAL", "02201", Year, "A1")));
        Assert.Equal(["institution.institutionCode"], again.Refused("addDesignation"));
        Assert.Contains("0200000001", again.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());

        var updated = (await editor.MutateAsync("updateDesignation", P, Year, null, MutationArgument.Institution(Institution("0200000001", "HOSPITAL", "02201", Year, "A1", name: "改名した病院"))))
            .Accepted("updateDesignation");
        Assert.Equal(3, updated.Version());
        var institution = (await StateAsync(P)).InstitutionIn("0200000001");
        Assert.Equal("改名した病院", institution["name"]!.GetValue<string>());
        Assert.Equal("HOSPITAL", institution["kind"]!.GetValue<string>());

        before = await StateAsync(P);
        var unknown = await editor.MutateAsync("updateDesignation", P, Year, null, MutationArgument.Institution(Institution("0299999999", "CLINIC", "02201", Year)));
        Assert.Equal(["institution.institutionCode"], unknown.Refused("updateDesignation"));
        Assert.Contains("0299999999", unknown.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());

        var nursing = (await editor.MutateAsync("addDesignation", P, Year, null, MutationArgument.Institution(Institution("AOM-VNS-1", "VISITING_NURSE_STATION", "02201", Year))))
            .Accepted("addDesignation");
        Assert.Equal((2, 1), (nursing.Designations(), nursing.Designations("nonClinical")));

        var withdrawn = (await editor.MutateAsync("withdrawDesignation", P, Year, null, MutationArgument.InstitutionCode("AOM-VNS-1"))).Accepted("withdrawDesignation");
        Assert.Equal(nursing.Version() + 1, withdrawn.Version());
        Assert.Equal((1, 0), (withdrawn.Designations(), withdrawn.Designations("nonClinical")));
        var afterWithdrawal = await StateAsync(P);
        Assert.Equal("WITHDRAWN", afterWithdrawal.InstitutionIn("AOM-VNS-1")["status"]!.GetValue<string>());
        Assert.Equal(2, afterWithdrawal["register"]!["institutions"]!["totalCount"]!.GetValue<int>());

        // Withdrawing again is accepted, answers the same totals, and stores nothing: no new version, no revision.
        var twice = (await editor.MutateAsync("withdrawDesignation", P, Year, null, MutationArgument.InstitutionCode("AOM-VNS-1"))).Accepted("withdrawDesignation");
        Assert.Equal(withdrawn.ToJsonString(), twice.ToJsonString());
        Assert.Equal(afterWithdrawal.ToJsonString(), (await StateAsync(P)).ToJsonString());

        var missing = await editor.MutateAsync("withdrawDesignation", P, Year, null, MutationArgument.InstitutionCode("0288888888"));
        Assert.Equal(["institutionCode"], missing.Refused("withdrawDesignation"));
        Assert.Equal(afterWithdrawal.ToJsonString(), (await StateAsync(P)).ToJsonString());

        var operations = afterWithdrawal["revisions"]!["items"]!.AsArray().Select(r => r!["operation"]!.GetValue<string>());
        Assert.Equal(["upsertHomeCareArea", "addDesignation", "updateDesignation", "addDesignation", "withdrawDesignation"], operations);
    }

    [Fact]
    public async Task Areas_and_hubs_are_upserted_and_retired_and_an_area_in_use_cannot_be_retired()
    {
        const string P = "03";
        var editor = Editor(P);
        (await editor.MutateAsync("upsertHomeCareArea", P, Year, null, MutationArgument.Area(Area("A1", "03201")))).Accepted("upsertHomeCareArea");
        var areas = (await editor.MutateAsync("upsertHomeCareArea", P, Year, null, MutationArgument.Area(Area("A2", "03202")))).Accepted("upsertHomeCareArea");
        Assert.Equal(2, areas["areas"]!["total"]!.GetValue<int>());

        var replaced = (await editor.MutateAsync("upsertHomeCareArea", P, Year, null, MutationArgument.Area(Area("A1", "03201", "03203")))).Accepted("upsertHomeCareArea");
        Assert.Equal(2, replaced["areas"]!["total"]!.GetValue<int>());
        Assert.Equal(3, replaced.Version());
        var a1 = (await StateAsync(P))["register"]!["areas"]!["items"]!.AsArray().Single(a => a!["areaId"]!.GetValue<string>() == "A1")!;
        Assert.Equal(["03201", "03203"], a1["municipalityCodes"]!.AsArray().Select(m => m!.GetValue<string>()));

        var hub = (await editor.MutateAsync("upsertCollaborationHub", P, Year, null, MutationArgument.Hub(Hub("H1", "03201", "A1")))).Accepted("upsertCollaborationHub");
        Assert.Equal(1, hub["hubs"]!["total"]!.GetValue<int>());
        var moved = (await editor.MutateAsync("upsertCollaborationHub", P, Year, null, MutationArgument.Hub(Hub("H1", "03201", "A1", "A2")))).Accepted("upsertCollaborationHub");
        Assert.Equal(1, moved["hubs"]!["total"]!.GetValue<int>());

        var before = await StateAsync(P);
        var unknownArea = await editor.MutateAsync("upsertCollaborationHub", P, Year, null, MutationArgument.Hub(Hub("H2", "03201", "A9")));
        Assert.All(unknownArea.Refused("upsertCollaborationHub"), field => Assert.StartsWith("hub.areaIds", field, StringComparison.Ordinal));
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());

        var inUseByHub = await editor.MutateAsync("retireHomeCareArea", P, Year, null, MutationArgument.AreaId("A1"));
        Assert.Equal(["areaId"], inUseByHub.Refused("retireHomeCareArea"));
        Assert.Contains("H1", inUseByHub.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());

        (await editor.MutateAsync("upsertCollaborationHub", P, Year, null, MutationArgument.Hub(Hub("H1", "03201", "A1")))).Accepted("upsertCollaborationHub");
        (await editor.MutateAsync("addDesignation", P, Year, null, MutationArgument.Institution(Institution("0300000001", "CLINIC", "03202", Year, "A2")))).Accepted("addDesignation");
        before = await StateAsync(P);
        var inUseByDesignation = await editor.MutateAsync("retireHomeCareArea", P, Year, null, MutationArgument.AreaId("A2"));
        Assert.Equal(["areaId"], inUseByDesignation.Refused("retireHomeCareArea"));
        Assert.Contains("0300000001", inUseByDesignation.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());

        var retiredHub = (await editor.MutateAsync("retireCollaborationHub", P, Year, null, MutationArgument.HubId("H1"))).Accepted("retireCollaborationHub");
        Assert.Equal(0, retiredHub["hubs"]!["total"]!.GetValue<int>());
        before = await StateAsync(P);
        var hubAgain = await editor.MutateAsync("retireCollaborationHub", P, Year, null, MutationArgument.HubId("H1"));
        Assert.Equal(["hubId"], hubAgain.Refused("retireCollaborationHub"));
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());

        var retiredArea = (await editor.MutateAsync("retireHomeCareArea", P, Year, null, MutationArgument.AreaId("A1"))).Accepted("retireHomeCareArea");
        Assert.Equal(1, retiredArea["areas"]!["total"]!.GetValue<int>());
        Assert.Equal(retiredHub.Version() + 1, retiredArea.Version());
        before = await StateAsync(P);
        var unknown = await editor.MutateAsync("retireHomeCareArea", P, Year, null, MutationArgument.AreaId("A1"));
        Assert.Equal(["areaId"], unknown.Refused("retireHomeCareArea"));
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());
    }

    [Fact]
    public async Task Activity_reports_decide_each_hubs_status_and_a_bad_report_changes_nothing()
    {
        const string P = "04";
        var editor = Editor(P);
        (await editor.MutateAsync("upsertHomeCareArea", P, Year, null, MutationArgument.Area(Area("A1", "04201")))).Accepted("upsertHomeCareArea");
        foreach (var hubId in new[] { "H1", "H2", "H3" })
        {
            (await editor.MutateAsync("upsertCollaborationHub", P, Year, null, MutationArgument.Hub(Hub(hubId, "04201", "A1")))).Accepted("upsertCollaborationHub");
        }

        Assert.Equal(3, (await StateAsync(P)).HubsWithStatus("NOT_REPORTED"));

        (await editor.MutateAsync("reportHubActivity", P, Year, null, MutationArgument.Report(Report("H1", Year, meetings: 2, dutiesDone: 4)))).Accepted("reportHubActivity");
        (await editor.MutateAsync("reportHubActivity", P, Year, null, MutationArgument.Report(Report("H2", Year, meetings: 1, dutiesDone: 2)))).Accepted("reportHubActivity");
        var totals = (await editor.MutateAsync("reportHubActivity", P, Year, null, MutationArgument.Report(Report("H3", Year, meetings: 0, dutiesDone: 0)))).Accepted("reportHubActivity");
        Assert.Equal((1, 1, 1, 0), (totals.HubsWithStatus("ACTIVE"), totals.HubsWithStatus("PARTLY_ACTIVE"), totals.HubsWithStatus("INACTIVE"), totals.HubsWithStatus("NOT_REPORTED")));
        var statuses = (await StateAsync(P))["register"]!["hubs"]!["items"]!.AsArray().ToDictionary(h => h!["hubId"]!.GetValue<string>(), h => h!["activityStatus"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string> { ["H1"] = "ACTIVE", ["H2"] = "PARTLY_ACTIVE", ["H3"] = "INACTIVE" }, statuses);

        // A later report replaces the earlier one.
        var replaced = (await editor.MutateAsync("reportHubActivity", P, Year, null, MutationArgument.Report(Report("H2", Year, meetings: 3, dutiesDone: 5)))).Accepted("reportHubActivity");
        Assert.Equal((2, 0), (replaced.HubsWithStatus("ACTIVE"), replaced.HubsWithStatus("PARTLY_ACTIVE")));
        Assert.Equal(totals.Version() + 1, replaced.Version());

        var before = await StateAsync(P);
        var unknownHub = await editor.MutateAsync("reportHubActivity", P, Year, null, MutationArgument.Report(Report("H9", Year, meetings: 1, dutiesDone: 5)));
        Assert.Equal(["report.hubId"], unknownHub.Refused("reportHubActivity"));
        var lastYear = await editor.MutateAsync("reportHubActivity", P, Year, null, MutationArgument.Report(Report("H3", Year - 1, meetings: 1, dutiesDone: 5)));
        Assert.Equal(["report.meetings[0].heldOn"], lastYear.Refused("reportHubActivity"));
        Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());

        // Retiring a hub takes its report with it.
        var retired = (await editor.MutateAsync("retireCollaborationHub", P, Year, null, MutationArgument.HubId("H1"))).Accepted("retireCollaborationHub");
        Assert.Equal((1, 1, 2), (retired.HubsWithStatus("ACTIVE"), retired.HubsWithStatus("INACTIVE"), retired["hubs"]!["total"]!.GetValue<int>()));
        (await editor.MutateAsync("upsertCollaborationHub", P, Year, null, MutationArgument.Hub(Hub("H1", "04201", "A1")))).Accepted("upsertCollaborationHub");
        Assert.Equal(1, (await StateAsync(P)).HubsWithStatus("NOT_REPORTED"));
    }

    [Fact]
    public async Task Review_outcomes_are_recorded_and_counted_and_incomplete_ones_are_refused()
    {
        const string P = "06";
        var editor = Editor(P);
        (await editor.MutateAsync("submitDesignations", P, Year, null, MutationArgument.Institutions(
            Institution("0600000001", "CLINIC", "06201", Year),
            Institution("0600000002", "HOSPITAL", "06201", Year),
            Institution("0600000003", "CLINIC", "06201", Year, status: "WITHDRAWN"),
            Institution("YGT-VNS-1", "VISITING_NURSE_STATION", "06201", Year),
            Institution("YGT-PH-1", "PHARMACY", "06201", Year),
            Institution("YGT-CM-1", "CARE_MANAGEMENT_OFFICE", "06201", Year),
            Institution("YGT-VNS-2", "VISITING_NURSE_STATION", "06201", Year)))).Accepted("submitDesignations");
        var state = await StateAsync(P);
        Assert.Equal(ExpectedJson.Compact("""{ "required": 4, "open": 4, "withdrawn": 0, "replacedByClinical": 0, "kept": 0 }"""), state["review"]!.ToJsonString());

        await AssertRefusedAsync("YGT-VNS-1", Review("KEPT", Year), "review.reason");
        await AssertRefusedAsync("YGT-VNS-1", Review("KEPT", Year, reason: "   "), "review.reason");
        await AssertRefusedAsync("0600000001", Review("WITHDRAWN", Year), "institutionCode");
        await AssertRefusedAsync("YGT-NONE", Review("WITHDRAWN", Year), "institutionCode");
        await AssertRefusedAsync("YGT-CM-1", Review("REPLACED_BY_CLINICAL", Year), "review.replacementInstitutionCode");
        await AssertRefusedAsync("YGT-CM-1", Review("REPLACED_BY_CLINICAL", Year, replacementInstitutionCode: "YGT-VNS-2"), "review.replacementInstitutionCode");
        await AssertRefusedAsync("YGT-CM-1", Review("REPLACED_BY_CLINICAL", Year, replacementInstitutionCode: "0600000003"), "review.replacementInstitutionCode");
        await AssertRefusedAsync("YGT-CM-1", Review("WITHDRAWN", Year, replacementInstitutionCode: "0600000001"), "review.replacementInstitutionCode");

        var kept = (await ReviewAsync("YGT-VNS-1", Review("KEPT", Year, reason: "地域に代替がない"))).Accepted("recordDesignationReview");
        Assert.Equal(ExpectedJson.Compact("""{ "required": 4, "open": 3, "withdrawn": 0, "replacedByClinical": 0, "kept": 1 }"""), kept["review"]!.ToJsonString());
        Assert.Equal(4, kept.Designations("nonClinical"));

        var withdrawn = (await ReviewAsync("YGT-PH-1", Review("WITHDRAWN", Year))).Accepted("recordDesignationReview");
        Assert.Equal(ExpectedJson.Compact("""{ "required": 4, "open": 2, "withdrawn": 1, "replacedByClinical": 0, "kept": 1 }"""), withdrawn["review"]!.ToJsonString());
        Assert.Equal(3, withdrawn.Designations("nonClinical"));

        var replaced = (await ReviewAsync("YGT-CM-1", Review("REPLACED_BY_CLINICAL", Year, replacementInstitutionCode: "0600000002"))).Accepted("recordDesignationReview");
        Assert.Equal(ExpectedJson.Compact("""{ "required": 4, "open": 1, "withdrawn": 1, "replacedByClinical": 1, "kept": 1 }"""), replaced["review"]!.ToJsonString());
        Assert.Equal((4, 2), (replaced.Designations(), replaced.Designations("clinical")));
        Assert.Equal(withdrawn.Version() + 1, replaced.Version());

        state = await StateAsync(P);
        Assert.Equal(
            ExpectedJson.Compact("""{ "outcome": "REPLACED_BY_CLINICAL", "reason": null, "replacementInstitutionCode": "0600000002", "decidedOn": "2046-09-01" }"""),
            state.InstitutionIn("YGT-CM-1")["review"]!.ToJsonString());
        Assert.Equal("WITHDRAWN", state.InstitutionIn("YGT-CM-1")["status"]!.GetValue<string>());
        Assert.Equal("ACTIVE", state.InstitutionIn("YGT-VNS-1")["status"]!.GetValue<string>());

        // A withdrawn designation cannot be kept.
        await AssertRefusedAsync("YGT-PH-1", Review("KEPT", Year, reason: "やはり残す"), "review.outcome");

        async Task<GraphQLResponse> ReviewAsync(string code, DesignationReviewInput review) =>
            await editor.MutateAsync("recordDesignationReview", P, Year, null, MutationArgument.InstitutionCode(code), MutationArgument.Review(review));

        async Task AssertRefusedAsync(string code, DesignationReviewInput review, string field)
        {
            var before = await StateAsync(P);
            var response = await ReviewAsync(code, review);
            Assert.Contains(field, response.Refused("recordDesignationReview"));
            Assert.Equal(before.ToJsonString(), (await StateAsync(P)).ToJsonString());
        }
    }

    [Fact]
    public async Task Opening_a_fiscal_year_copies_the_previous_register_in_force_without_activity_reports()
    {
        const string P = "07";
        const int Previous = PreviousYear;
        var editor = Editor(P);
        await editor.SubmitRegisterAsync(
            P,
            Previous,
            [Area("A1", "07201")],
            [Hub("H1", "07201", "A1")],
            [
                Institution("0700000001", "CLINIC", "07201", Previous, "A1"),
                Institution("FKS-VNS-1", "VISITING_NURSE_STATION", "07201", Previous, "A1"),
                Institution("FKS-PH-1", "PHARMACY", "07201", Previous, status: "WITHDRAWN"),
                Institution("FKS-CM-1", "CARE_MANAGEMENT_OFFICE", "07201", Previous),
            ]);
        (await editor.MutateAsync("reportHubActivity", P, Previous, null, MutationArgument.Report(Report("H1", Previous, meetings: 1, dutiesDone: 5)))).Accepted("reportHubActivity");
        (await editor.MutateAsync(
            "recordDesignationReview", P, Previous, null, MutationArgument.InstitutionCode("FKS-VNS-1"), MutationArgument.Review(Review("KEPT", Previous, reason: "24時間対応")))).Accepted("recordDesignationReview");
        (await editor.MutateAsync(
            "recordDesignationReview", P, Previous, null, MutationArgument.InstitutionCode("FKS-CM-1"), MutationArgument.Review(Review("WITHDRAWN", Previous)))).Accepted("recordDesignationReview");
        var previousBefore = await StateAsync(P, Previous);

        var opened = (await editor.MutateAsync("openFiscalYear", P, Year)).Accepted("openFiscalYear");

        Assert.Equal(1, opened.Version());
        Assert.Equal((2, 1, 1), (opened.Designations(), opened.Designations("clinical"), opened.Designations("nonClinical")));
        Assert.Equal((1, 1), (opened["areas"]!["total"]!.GetValue<int>(), opened["hubs"]!["total"]!.GetValue<int>()));
        Assert.Equal(1, opened.HubsWithStatus("NOT_REPORTED"));
        Assert.Equal(ExpectedJson.Compact("""{ "required": 1, "open": 0, "withdrawn": 0, "replacedByClinical": 0, "kept": 1 }"""), opened["review"]!.ToJsonString());
        var state = await StateAsync(P, Year);
        var register = state["register"]!;
        Assert.Equal(["0700000001", "FKS-VNS-1"], register["institutions"]!["items"]!.AsArray().Select(i => i!["institutionCode"]!.GetValue<string>()));
        Assert.Equal("KEPT", state.InstitutionIn("FKS-VNS-1")["review"]!["outcome"]!.GetValue<string>());
        Assert.Equal(ExpectedJson.Compact("""[{ "hubId": "H1", "areaIds": ["A1"], "activityStatus": "NOT_REPORTED" }]"""), register["hubs"]!["items"]!.ToJsonString());
        Assert.Equal(["openFiscalYear"], state["revisions"]!["items"]!.AsArray().Select(r => r!["operation"]!.GetValue<string>()));
        Assert.Equal(previousBefore.ToJsonString(), (await StateAsync(P, Previous)).ToJsonString());

        var again = await editor.MutateAsync("openFiscalYear", P, Year);
        Assert.Equal(["fiscalYear"], again.Refused("openFiscalYear"));
        Assert.Equal(state.ToJsonString(), (await StateAsync(P, Year)).ToJsonString());

        // EmptyYear of this prefecture stays empty, so LaterYear has nothing to start from.
        var empty = await StateAsync(P, LaterYear);
        var nothingBefore = await editor.MutateAsync("openFiscalYear", P, LaterYear);
        Assert.Equal(["fiscalYear"], nothingBefore.Refused("openFiscalYear"));
        Assert.Contains(EmptyYear.ToString(CultureInfo.InvariantCulture), nothingBefore.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, empty.Version());
        Assert.Null(empty["register"]);
        Assert.Equal(empty.ToJsonString(), (await StateAsync(P, LaterYear)).ToJsonString());
    }

    private HttpClient Editor(string prefecture) => service.ClientFor(AppRoles.PrefectureEditor, prefecture);

    private Task<JsonNode> StateAsync(string prefecture, int year = Year) => service.ClientFor(AppRoles.MinistryAnalyst).StateAsync(prefecture, year);
}
