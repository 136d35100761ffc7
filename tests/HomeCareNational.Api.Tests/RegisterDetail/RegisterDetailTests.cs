using System.Text.Json.Nodes;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.RegisterDetail;

/// <summary>
/// Activity status, activity reports, reviews, area coverage and the submission status over HTTP, on
/// <see cref="DetailRegister"/> (奈良県, the register of its claim); each query with the answer it must give.
/// </summary>
[SharesRegisters(typeof(DetailRegister))]
[Collection(ServiceCollection.Name)]
public sealed class RegisterDetailTests(ServiceFixture service) : IAsyncLifetime
{
    public Task InitializeAsync() => DetailRegister.EnsureAsync(service);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_prefecture_counts_hubs_per_activity_status_areas_without_an_active_hub_and_review_progress()
    {
        var response = await service.ClientFor(AppRoles.DashboardReader).PostGraphQLAsync($$"""
            { prefecture(code: "{{DetailRegister.Prefecture}}", fiscalYear: {{DetailRegister.Year}}) {
                designations { total clinical nonClinical }
                hubsByActivityStatus { status labelJa count }
                areas { total withoutHub }
                areasWithoutActiveHub
                review { required open withdrawn replacedByClinical kept completedShare } } }
            """);

        response.AssertData("""
            { "prefecture": {
                "designations": { "total": 7, "clinical": 3, "nonClinical": 4 },
                "hubsByActivityStatus": [
                  { "status": "ACTIVE", "labelJa": "活動中", "count": 1 },
                  { "status": "PARTLY_ACTIVE", "labelJa": "一部活動", "count": 2 },
                  { "status": "INACTIVE", "labelJa": "活動なし", "count": 1 },
                  { "status": "NOT_REPORTED", "labelJa": "未報告", "count": 1 } ],
                "areas": { "total": 5, "withoutHub": 1 },
                "areasWithoutActiveHub": 3,
                "review": { "required": 8, "open": 2, "withdrawn": 3, "replacedByClinical": 1, "kept": 2, "completedShare": 0.75 } } }
            """);
    }

    [Fact]
    public async Task Each_hub_shows_its_activity_status()
    {
        var response = await RegisterAsync("hubs { items { hubId activityStatus } }");

        response.AssertData("""
            { "prefecture": { "register": { "hubs": { "items": [
                { "hubId": "K1", "activityStatus": "ACTIVE" },
                { "hubId": "K2", "activityStatus": "PARTLY_ACTIVE" },
                { "hubId": "K3", "activityStatus": "INACTIVE" },
                { "hubId": "K4", "activityStatus": "NOT_REPORTED" },
                { "hubId": "K5", "activityStatus": "PARTLY_ACTIVE" } ] } } } }
            """);
    }

    [Fact]
    public async Task A_hub_shows_its_whole_activity_report_with_duties_in_the_plans_order()
    {
        var response = await RegisterAsync("""
            hubs(activityStatus: [ACTIVE]) { items { hubId activityReport {
              meetings { heldOn attendees } duties { duty done note }
              disasterPreparednessSupport disasterPreparednessNote trainingSessions awarenessEvents } } }
            """);

        response.AssertData("""
            { "prefecture": { "register": { "hubs": { "items": [ { "hubId": "K1", "activityReport": {
                "meetings": [
                  { "heldOn": "2044-06-10", "attendees": ["MEDICAL", "LONG_TERM_CARE", "DISABILITY_WELFARE"] },
                  { "heldOn": "2044-11-20", "attendees": ["MEDICAL", "LONG_TERM_CARE", "DISABILITY_WELFARE", "COMMUNITY_COMPREHENSIVE_SUPPORT_CENTER", "GOVERNMENT"] } ],
                "duties": [
                  { "duty": "STAKEHOLDER_MEETINGS", "done": true, "note": null },
                  { "duty": "SERVICE_COORDINATION", "done": true, "note": null },
                  { "duty": "ROUND_THE_CLOCK_RESPONSE", "done": true, "note": null },
                  { "duty": "STAFF_TRAINING", "done": true, "note": "多職種研修を2回" },
                  { "duty": "PUBLIC_AWARENESS", "done": true, "note": null } ],
                "disasterPreparednessSupport": true, "disasterPreparednessNote": "避難行動要支援者の情報共有",
                "trainingSessions": 3, "awarenessEvents": 2 } } ] } } } }
            """);
    }

    [Fact]
    public async Task A_hub_without_a_report_has_a_null_report()
    {
        var response = await RegisterAsync("hubs(activityStatus: [NOT_REPORTED]) { items { hubId activityStatus activityReport { trainingSessions } } }");

        response.AssertData("""
            { "prefecture": { "register": { "hubs": { "items": [ { "hubId": "K4", "activityStatus": "NOT_REPORTED", "activityReport": null } ] } } } }
            """);
    }

    [Theory]
    [InlineData("activityStatus: [ACTIVE]", """["K1"]""")]
    [InlineData("activityStatus: [PARTLY_ACTIVE]", """["K2", "K5"]""")]
    [InlineData("activityStatus: [INACTIVE, NOT_REPORTED]", """["K3", "K4"]""")]
    [InlineData("activityStatus: [PARTLY_ACTIVE], areaId: \"N2\"", """["K2"]""")]
    [InlineData("activityStatus: [ACTIVE], operatorKind: [MUNICIPALITY]", "[]")]
    [InlineData("activityStatus: []", "[]")]
    public async Task Hubs_are_filtered_by_activity_status(string filters, string expectedIds)
    {
        var response = await RegisterAsync($"hubs({filters}) {{ totalCount items {{ hubId }} }}");

        response.AssertData(Answer("hubs", "hubId", expectedIds));
    }

    [Theory]
    [InlineData("reviewState: [NOT_REQUIRED]", new[] { 1, 2, 8 })]
    [InlineData("reviewState: [OPEN]", new[] { 6, 9 })]
    [InlineData("reviewState: [KEPT]", new[] { 3, 10 })]
    [InlineData("reviewState: [WITHDRAWN]", new[] { 4, 7, 11 })]
    [InlineData("reviewState: [REPLACED_BY_CLINICAL]", new[] { 5 })]
    [InlineData("reviewState: [OPEN, KEPT], status: ACTIVE", new[] { 3, 6, 9, 10 })]
    [InlineData("reviewState: [OPEN], homeCareAreaId: \"N4\"", new[] { 9 })]
    [InlineData("reviewState: []", new int[] { })]
    public async Task Institutions_are_filtered_by_review_state(string filters, int[] expected)
    {
        var response = await RegisterAsync($"institutions({filters}) {{ totalCount items {{ institutionCode }} }}");

        response.AssertData(Answer("institutions", "institutionCode", new JsonArray([.. expected.Select(n => JsonValue.Create(DetailRegister.Code(n)))]).ToJsonString()));
    }

    [Fact]
    public async Task A_reviewed_designation_shows_the_outcome_and_an_unreviewed_one_none()
    {
        var response = await RegisterAsync("""
            institutions(clinical: false) { items { institutionCode status reviewState
              review { outcome reason replacementInstitutionCode decidedOn } } }
            """);

        response.AssertData("""
            { "prefecture": { "register": { "institutions": { "items": [
                { "institutionCode": "2900000003", "status": "ACTIVE", "reviewState": "KEPT",
                  "review": { "outcome": "KEPT", "reason": "24時間の訪問看護を提供し、地域に代替がない", "replacementInstitutionCode": null, "decidedOn": "2044-07-01" } },
                { "institutionCode": "2900000004", "status": "WITHDRAWN", "reviewState": "WITHDRAWN",
                  "review": { "outcome": "WITHDRAWN", "reason": null, "replacementInstitutionCode": null, "decidedOn": "2044-07-01" } },
                { "institutionCode": "2900000005", "status": "WITHDRAWN", "reviewState": "REPLACED_BY_CLINICAL",
                  "review": { "outcome": "REPLACED_BY_CLINICAL", "reason": null, "replacementInstitutionCode": "2900000002", "decidedOn": "2044-08-15" } },
                { "institutionCode": "2900000006", "status": "ACTIVE", "reviewState": "OPEN", "review": null },
                { "institutionCode": "2900000007", "status": "WITHDRAWN", "reviewState": "WITHDRAWN", "review": null },
                { "institutionCode": "2900000009", "status": "ACTIVE", "reviewState": "OPEN", "review": null },
                { "institutionCode": "2900000010", "status": "ACTIVE", "reviewState": "KEPT",
                  "review": { "outcome": "KEPT", "reason": "看取りの実績がある", "replacementInstitutionCode": null, "decidedOn": "2044-09-30" } },
                { "institutionCode": "2900000011", "status": "WITHDRAWN", "reviewState": "WITHDRAWN",
                  "review": { "outcome": "WITHDRAWN", "reason": "在宅医療を自ら提供していない", "replacementInstitutionCode": null, "decidedOn": "2044-10-01" } } ] } } } }
            """);
    }

    [Fact]
    public async Task Each_area_shows_what_covers_it()
    {
        var response = await RegisterAsync("areas { items { areaId coverage { hasHub hasActiveHub hasDesignatedInstitution } } }");

        response.AssertData("""
            { "prefecture": { "register": { "areas": { "items": [
                { "areaId": "N1", "coverage": { "hasHub": true, "hasActiveHub": true, "hasDesignatedInstitution": true } },
                { "areaId": "N2", "coverage": { "hasHub": true, "hasActiveHub": true, "hasDesignatedInstitution": true } },
                { "areaId": "N3", "coverage": { "hasHub": true, "hasActiveHub": false, "hasDesignatedInstitution": true } },
                { "areaId": "N4", "coverage": { "hasHub": true, "hasActiveHub": false, "hasDesignatedInstitution": true } },
                { "areaId": "N5", "coverage": { "hasHub": false, "hasActiveHub": false, "hasDesignatedInstitution": false } } ] } } } }
            """);
    }

    [Theory]
    [InlineData("hasActiveHub: true", """["N1", "N2"]""")]
    [InlineData("hasActiveHub: false", """["N3", "N4", "N5"]""")]
    [InlineData("hasActiveHub: false, hasHub: true", """["N3", "N4"]""")]
    [InlineData("hasDesignatedInstitution: false", """["N5"]""")]
    public async Task Areas_are_filtered_by_coverage(string filters, string expectedIds)
    {
        var response = await RegisterAsync($"areas({filters}) {{ totalCount items {{ areaId }} }}");

        response.AssertData(Answer("areas", "areaId", expectedIds));
    }

    [Fact]
    public async Task The_register_says_what_is_missing_and_warns_of_gaps()
    {
        var response = await RegisterAsync("status { isComplete missing hubsWithoutReport warnings { kind subject message } }");

        response.AssertData("""
            { "prefecture": { "register": { "status": {
                "isComplete": false, "missing": ["HUB_ACTIVITY_REPORTS"], "hubsWithoutReport": 1,
                "warnings": [
                  { "kind": "DESIGNATION_WITHOUT_AREA", "subject": "2900000006", "message": "designation 2900000006 (なら市) belongs to no home-care area." },
                  { "kind": "HUB_WITHOUT_AREA", "subject": "K5", "message": "hub K5 (訪問看護連携拠点) covers no home-care area." },
                  { "kind": "EMPTY_AREA", "subject": "N5", "message": "area N5 (西和圏域) has no hub and no designation in force." } ] } } } }
            """);
    }

    [Fact]
    public async Task A_hub_fetched_by_id_shows_the_same_status_and_report_as_in_the_list()
    {
        var listed = await RegisterAsync("hubs(activityStatus: [INACTIVE]) { items { id activityStatus activityReport { duties { done } } } }");
        var item = listed.Data!["prefecture"]!["register"]!["hubs"]!["items"]![0]!;

        var fetched = await service.ClientFor(AppRoles.MinistryAnalyst).PostGraphQLAsync(
            "query ($id: ID!) { node(id: $id) { ... on CollaborationHub { activityStatus activityReport { duties { done } } } } }",
            new { id = item["id"]!.GetValue<string>() });

        Assert.Empty(fetched.Errors);
        Assert.Equal("INACTIVE", fetched.Data!["node"]!["activityStatus"]!.GetValue<string>());
        Assert.Equal(item["activityReport"]!.ToJsonString(), fetched.Data["node"]!["activityReport"]!.ToJsonString());
    }

    private Task<GraphQLResponse> RegisterAsync(string selection) =>
        service.ClientFor(AppRoles.MinistryAnalyst).PostGraphQLAsync($$"""{ prefecture(code: "{{DetailRegister.Prefecture}}", fiscalYear: {{DetailRegister.Year}}) { register { {{selection}} } } }""");

    /// <summary>The expected answer: the count of the matching items, and each item with just its key.</summary>
    private static string Answer(string list, string key, string expectedKeys)
    {
        var keys = JsonNode.Parse(expectedKeys)!.AsArray();
        var items = string.Join(", ", keys.Select(k => $$"""{ "{{key}}": {{k!.ToJsonString()}} }"""));
        return $$"""{ "prefecture": { "register": { "{{list}}": { "totalCount": {{keys.Count}}, "items": [{{items}}] } } } }""";
    }
}
