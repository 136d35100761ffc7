using System.Text.Json.Nodes;
using HomeCareNational.Api.Tests.Authorization;
using HomeCareNational.Application.Access;
using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Nodes;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Nodes;

/// <summary>
/// Global object identification: every object with an <c>id</c> comes back from <c>node(id:)</c>; an institution, hub
/// or area only for callers who may read its prefecture's register; an id that names nothing is NOT_FOUND.
/// Over <see cref="HandMadeRegister"/> (福岡県).
/// </summary>
[SharesRegisters(typeof(HandMadeRegister))]
[Collection(ServiceCollection.Name)]
public sealed class NodeTests(ServiceFixture service) : IAsyncLifetime
{
    private const string Own = HandMadeRegister.Prefecture;
    private const string Other = "33";

    /// <summary>Where each kind of node is found by its usual field, the id selected as <c>id</c>.</summary>
    private static readonly Dictionary<string, string> Finders = new()
    {
        ["National"] = $"{{ national(fiscalYear: {HandMadeRegister.Year}) {{ id }} }}",
        ["Region"] = $$"""{ region(code: "kyushu-okinawa", fiscalYear: {{HandMadeRegister.Year}}) { id } }""",
        ["Prefecture"] = $$"""{ prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { id } }""",
        ["DesignatedInstitution"] = $$"""{ prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { register { institutions(orderBy: NAME, first: 1) { items { id } } } } }""",
        ["CollaborationHub"] = $$"""{ prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { register { hubs(orderBy: NAME, first: 1) { items { id } } } } }""",
        ["HomeCareArea"] = $$"""{ prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { register { areas(orderBy: NAME, first: 1) { items { id } } } } }""",
    };

    public static TheoryData<string, string, string> RoundTrips => new()
    {
        { "National", "... on National { fiscalYear { year } designations { total } }", $$"""{ "fiscalYear": { "year": {{HandMadeRegister.Year}} }, "designations": { "total": 21 } }""" },
        { "Region", "... on Region { code fiscalYear { year } }", $$"""{ "code": "kyushu-okinawa", "fiscalYear": { "year": {{HandMadeRegister.Year}} } }""" },
        { "Prefecture", "... on Prefecture { code nameJa designations { total } }", $$"""{ "code": "{{HandMadeRegister.Prefecture}}", "nameJa": "福岡県", "designations": { "total": 21 } }""" },
        { "DesignatedInstitution", "... on DesignatedInstitution { institutionCode name }", """{ "institutionCode": "4000000001", "name": "あおば在宅クリニック" }""" },
        { "CollaborationHub", "... on CollaborationHub { hubId name operatorKind }", """{ "hubId": "H3", "name": "保健所在宅医療連携拠点", "operatorKind": "PUBLIC_HEALTH_CENTER" }""" },
        { "HomeCareArea", "... on HomeCareArea { areaId name unitType }", """{ "areaId": "A4", "name": "北部圏域", "unitType": "SECONDARY_MEDICAL_AREA" }""" },
    };

    public static TheoryData<string, string, bool> RegisterNodeAccess
    {
        get
        {
            var cases = new TheoryData<string, string, bool>();
            foreach (var type in new[] { "DesignatedInstitution", "CollaborationHub", "HomeCareArea" })
            {
                foreach (var role in AppRoles.Data)
                {
                    cases.Add(type, role, true);
                    cases.Add(type, role, false);
                }
            }

            return cases;
        }
    }

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    public Task InitializeAsync() => HandMadeRegister.SubmitAsync(service);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public async Task A_node_fetched_by_its_id_is_the_object_the_id_was_read_from(string type, string fragment, string expectedFields)
    {
        var id = await IdOfAsync(type);

        var response = await Analyst.PostGraphQLAsync($"query ($id: ID!) {{ node(id: $id) {{ __typename id {fragment} }} }}", new { id });

        var fields = ExpectedJson.Compact(expectedFields)[1..];
        response.AssertData($$"""{ "node": { "__typename": "{{type}}", "id": "{{id}}", {{fields}} }""");
    }

    [Theory]
    [MemberData(nameof(RegisterNodeAccess))]
    public async Task A_register_node_needs_the_access_its_prefectures_register_needs(string type, string role, bool ownPrefecture)
    {
        var id = await IdOfAsync(type);
        var caller = service.ClientFor(role, role is AppRoles.PrefectureEditor or AppRoles.PrefectureViewer ? (ownPrefecture ? Own : Other) : null);

        var response = await caller.PostGraphQLAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });

        if (ExpectedAccess.IsAllowed(AccessPolicies.PrefectureDetail, role, ownPrefecture))
        {
            response.AssertData($$"""{ "node": { "id": "{{id}}" } }""");
        }
        else
        {
            var error = Assert.Single(response.Errors)!;
            Assert.Equal("FORBIDDEN", error["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal("You are not allowed to use this field: 'node'.", error["message"]!.GetValue<string>());
            Assert.Equal(ExpectedJson.Compact("""{ "node": null }"""), response.Data!.ToJsonString());
        }
    }

    [Theory]
    [InlineData("National")]
    [InlineData("Region")]
    [InlineData("Prefecture")]
    public async Task Totals_nodes_are_open_to_dashboards_and_other_prefectures(string type)
    {
        var id = await IdOfAsync(type);

        foreach (var caller in new[] { service.ClientFor(AppRoles.DashboardReader), service.ClientFor(AppRoles.PrefectureViewer, Other) })
        {
            var response = await caller.PostGraphQLAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });

            response.AssertData($$"""{ "node": { "id": "{{id}}" } }""");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an id")]
    [InlineData("bm90IGFuIGlk")]
    [InlineData("TmF0aW9uYWw6MjAzMg")]
    public async Task A_garbled_id_is_NOT_FOUND(string id)
    {
        var response = await Analyst.PostGraphQLAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Equal(ExpectedJson.Compact("""{ "node": null }"""), response.Data!.ToJsonString());
    }

    [Theory]
    [InlineData("DesignatedInstitution", HandMadeRegister.Prefecture, "4099999999", HandMadeRegister.Year)]
    [InlineData("DesignatedInstitution", HandMadeRegister.Prefecture, "4000000001", 2050)]
    [InlineData("CollaborationHub", HandMadeRegister.Prefecture, "H9", HandMadeRegister.Year)]
    [InlineData("HomeCareArea", "99", "A1", HandMadeRegister.Year)]
    [InlineData("Region", "atlantis", null, HandMadeRegister.Year)]
    [InlineData("National", null, null, 1999)]
    [InlineData("Unknown", HandMadeRegister.Prefecture, null, HandMadeRegister.Year)]
    public async Task An_id_that_names_nothing_is_NOT_FOUND(string type, string? first, string? second, int fiscalYear)
    {
        var id = new NodeId(type, [.. new[] { first, second }.OfType<string>()], fiscalYear).Encode();

        var response = await Analyst.PostGraphQLAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Null(response.Data!["node"]);
    }

    [Fact]
    public async Task An_institution_id_is_the_same_whichever_list_it_was_read_from()
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            { prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { register {
                byCode: institutions(first: 1) { items { id } }
                byArea: institutions(homeCareAreaId: "A1", first: 1) { items { id } } } } }
            """);

        Assert.Empty(response.Errors);
        var register = response.Data!["prefecture"]!["register"]!;
        Assert.Equal(register["byCode"]!["items"]![0]!["id"]!.GetValue<string>(), register["byArea"]!["items"]![0]!["id"]!.GetValue<string>());
    }

    private async Task<string> IdOfAsync(string type)
    {
        var response = await Analyst.PostGraphQLAsync(Finders[type]);
        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        var found = response.Data!;
        while (found is JsonArray || found["id"] is null)
        {
            found = found is JsonArray list ? list[0]! : found.AsObject().Single().Value!;
        }

        return found["id"]!.GetValue<string>();
    }
}
