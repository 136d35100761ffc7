using System.Text.Json.Nodes;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.History;

/// <summary>
/// A register's revisions, one in detail, and the net change between two. 熊本's (43) register of the class's claim
/// gets five revisions once per run (<see cref="SubmitOnceAsync"/>):
/// 1 areas (A1); 2 designations X1 (clinic) and X2 (pharmacy); 3 X1 renamed, X2 gone, X3 (pharmacy) new;
/// 4 hubs (H1); 5 X1 named as at first again.
/// </summary>
[WritesRegisters(Year, Prefecture)]
[WritesRegisters(EmptyYear, Prefecture)]
[Collection(ServiceCollection.Name)]
public sealed class RevisionTests(ServiceFixture service) : IAsyncLifetime
{
    private const string Prefecture = "43";
    private const int Year = 2049;

    /// <summary>A year of the prefecture that no change reaches.</summary>
    private const int EmptyYear = Year - 1;
    private const string Municipality = "43201";
    private const int Revisions = 5;
    private const string X1 = "4300000001";
    private const string X2 = "4300000002";
    private const string X3 = "4300000003";

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool s_submitted;

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    private HttpClient Editor => service.ClientFor(AppRoles.PrefectureEditor, Prefecture);

    public Task InitializeAsync() => SubmitOnceAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Paging_forwards_and_backwards_lists_every_revision_once_oldest_first()
    {
        var forwards = new List<long>();
        string? after = null;
        JsonNode page;
        do
        {
            page = await RevisionsAsync("first: 2, after: $cursor", after);
            Assert.Equal(Revisions, page["totalCount"]!.GetValue<int>());
            Assert.Equal(forwards.Count > 0, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            forwards.AddRange(Versions(page));
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        while (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var backwards = new List<long>();
        string? before = null;
        do
        {
            page = await RevisionsAsync("last: 2, before: $cursor", before);
            Assert.Equal(backwards.Count > 0, page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            backwards.InsertRange(0, Versions(page));
            before = page["pageInfo"]!["startCursor"]!.GetValue<string>();
        }
        while (page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        Assert.Equal([1, 2, 3, 4, 5], forwards);
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public async Task Since_lists_the_revisions_accepted_at_or_after_the_instant()
    {
        var all = await RevisionsAsync("first: 100", null);
        var third = all["edges"]!.AsArray()[2]!["node"]!["at"]!.GetValue<string>();

        var response = await Analyst.PostGraphQLAsync($$"""
            query ($since: DateTimeOffset) { prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}) {
              revisions(since: $since, first: 2) { totalCount edges { node { version } } pageInfo { hasPreviousPage hasNextPage } } } }
            """, new { since = third });

        response.AssertData("""
            { "prefecture": { "revisions": { "totalCount": 3, "edges": [ { "node": { "version": 3 } }, { "node": { "version": 4 } } ],
              "pageInfo": { "hasPreviousPage": false, "hasNextPage": true } } } }
            """);
    }

    [Fact]
    public async Task A_revision_shows_who_made_it_and_every_record_before_and_after()
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            { prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}) { revision(version: 3) {
                version operation added altered removed
                by { objectId displayName prefectureCode role isApplication }
                changes { kind id change changedFields before after } } } }
            """);

        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        var revision = response.Data!["prefecture"]!["revision"]!;
        Assert.Equal(3, revision["version"]!.GetValue<long>());
        Assert.Equal("submitDesignations", revision["operation"]!.GetValue<string>());
        Assert.Equal((1, 1, 1), (revision["added"]!.GetValue<int>(), revision["altered"]!.GetValue<int>(), revision["removed"]!.GetValue<int>()));
        var caller = service.CallerFor(AppRoles.PrefectureEditor, Prefecture);
        var by = revision["by"]!;
        Assert.Equal(caller.ObjectId, by["objectId"]!.GetValue<string>());
        Assert.Equal(caller.DisplayName, by["displayName"]!.GetValue<string>());
        Assert.Equal(Prefecture, by["prefectureCode"]!.GetValue<string>());
        Assert.Equal(AppRoles.PrefectureEditor, by["role"]!.GetValue<string>());
        Assert.False(by["isApplication"]!.GetValue<bool>());

        var changes = revision["changes"]!.AsArray();
        Assert.Equal(
            [("DESIGNATION", X1, "ALTERED"), ("DESIGNATION", X2, "REMOVED"), ("DESIGNATION", X3, "ADDED")],
            changes.Select(c => (c!["kind"]!.GetValue<string>(), c["id"]!.GetValue<string>(), c["change"]!.GetValue<string>())));
        var renamed = changes[0]!;
        Assert.Equal(["name"], renamed["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("テスト機関 " + X1, Record(renamed["before"])!["name"]!.GetValue<string>());
        Assert.Equal("改名した機関", Record(renamed["after"])!["name"]!.GetValue<string>());
        var removed = changes[1]!;
        Assert.Equal("Pharmacy", Record(removed["before"])!["kind"]!.GetValue<string>());
        Assert.Null(removed["after"]);
        var added = changes[2]!;
        Assert.Null(added["before"]);
        Assert.Equal(X3, Record(added["after"])!["institutionCode"]!.GetValue<string>());
        Assert.Contains("institutionCode", added["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task A_diff_gives_each_record_as_it_was_at_one_version_and_is_at_the_other()
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            fragment diff on RegisterDiff { fromVersion toVersion added altered removed changes { kind id change } }
            { prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}) {
                fromEmpty: diff(fromVersion: 0, toVersion: 1) { ...diff }
                whole: diff(fromVersion: 1, toVersion: 5) { ...diff }
                renamedBack: diff(fromVersion: 2, toVersion: 5) { ...diff }
                none: diff(fromVersion: 3, toVersion: 3) { ...diff } } }
            """);

        response.AssertData($$"""
            { "prefecture": {
                "fromEmpty": { "fromVersion": 0, "toVersion": 1, "added": 1, "altered": 0, "removed": 0,
                  "changes": [ { "kind": "AREA", "id": "A1", "change": "ADDED" } ] },
                "whole": { "fromVersion": 1, "toVersion": 5, "added": 3, "altered": 0, "removed": 0,
                  "changes": [ { "kind": "HUB", "id": "H1", "change": "ADDED" },
                               { "kind": "DESIGNATION", "id": "{{X1}}", "change": "ADDED" },
                               { "kind": "DESIGNATION", "id": "{{X3}}", "change": "ADDED" } ] },
                "renamedBack": { "fromVersion": 2, "toVersion": 5, "added": 2, "altered": 0, "removed": 1,
                  "changes": [ { "kind": "HUB", "id": "H1", "change": "ADDED" },
                               { "kind": "DESIGNATION", "id": "{{X2}}", "change": "REMOVED" },
                               { "kind": "DESIGNATION", "id": "{{X3}}", "change": "ADDED" } ] },
                "none": { "fromVersion": 3, "toVersion": 3, "added": 0, "altered": 0, "removed": 0, "changes": [] } } }
            """);
    }

    [Fact]
    public async Task A_diff_shows_each_record_at_the_first_version_and_at_the_second()
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            { prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}) { diff(fromVersion: 2, toVersion: 3) { changes { id before after } } } }
            """);

        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        var x1 = response.Data!["prefecture"]!["diff"]!["changes"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == X1)!;
        Assert.Equal("テスト機関 " + X1, Record(x1["before"])!["name"]!.GetValue<string>());
        Assert.Equal("改名した機関", Record(x1["after"])!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("revision(version: 0) { version }", "version")]
    [InlineData("revision(version: 6) { version }", "version")]
    [InlineData("diff(fromVersion: -1, toVersion: 2) { added }", "fromVersion")]
    [InlineData("diff(fromVersion: 3, toVersion: 2) { added }", "fromVersion")]
    [InlineData("diff(fromVersion: 1, toVersion: 6) { added }", "toVersion")]
    [InlineData("revisions(first: 0) { totalCount }", "first")]
    [InlineData("revisions(first: 1, after: \"bm90IGEgY3Vyc29y\") { totalCount }", "after")]
    [InlineData("revisions(last: 1, before: \"UmV2aXNpb246OTk=\") { totalCount }", "before")]
    public async Task A_version_or_cursor_the_register_does_not_have_is_refused_naming_the_argument(string field, string argument)
    {
        var response = await Analyst.PostGraphQLAsync($$"""{ prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}) { {{field}} } }""");

        var error = Assert.Single(response.Errors)!;
        Assert.Equal("VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(argument, error["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_register_without_changes_has_no_revisions()
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            { prefecture(code: "{{Prefecture}}", fiscalYear: {{EmptyYear}}) { revisions { totalCount edges { cursor } pageInfo { hasPreviousPage hasNextPage startCursor } } } }
            """);

        response.AssertData("""
            { "prefecture": { "revisions": { "totalCount": 0, "edges": [], "pageInfo": { "hasPreviousPage": false, "hasNextPage": false, "startCursor": null } } } }
            """);
    }

    private async Task<JsonNode> RevisionsAsync(string arguments, string? cursor)
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            query {{(arguments.Contains("$cursor", StringComparison.Ordinal) ? "($cursor: String)" : "")}} { prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}) {
              revisions({{arguments}}) { totalCount edges { cursor node { version at operation } } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } } }
            """, new { cursor });
        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        return response.Data!["prefecture"]!["revisions"]!;
    }

    private static IEnumerable<long> Versions(JsonNode page) =>
        page["edges"]!.AsArray().Select(e => e!["node"]!["version"]!.GetValue<long>());

    private static JsonNode? Record(JsonNode? json) => json is null ? null : JsonNode.Parse(json.GetValue<string>());

    private async Task SubmitOnceAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (s_submitted)
            {
                return;
            }

            await Editor.SubmitAreasAsync(Prefecture, Year, Municipality);
            var clinic = RegisterRequests.Institution(X1, "CLINIC", Municipality);
            await SubmitDesignationsAsync(clinic, RegisterRequests.Institution(X2, "PHARMACY", Municipality));
            await SubmitDesignationsAsync(Renamed(clinic, "改名した機関"), RegisterRequests.Institution(X3, "PHARMACY", Municipality));
            var hubs = await Editor.PostGraphQLAsync($$"""
                mutation ($hubs: [CollaborationHubInput!]!) { submitCollaborationHubs(prefecture: "{{Prefecture}}", fiscalYear: {{Year}}, hubs: $hubs) { version } }
                """, new { hubs = new[] { new CollaborationHubInput("H1", "テスト拠点", "MUNICIPALITY", Municipality, ["A1"]) } });
            Assert.Empty(hubs.Errors);
            await SubmitDesignationsAsync(clinic, RegisterRequests.Institution(X3, "PHARMACY", Municipality));
            s_submitted = true;
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task SubmitDesignationsAsync(params object[] institutions)
    {
        var response = await Editor.PostGraphQLAsync(RegisterRequests.SubmitDesignations, new { prefecture = Prefecture, year = Year, institutions });
        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
    }

    /// <summary>The institution with another name, everything else the same.</summary>
    private static JsonNode Renamed(object institution, string name)
    {
        var node = System.Text.Json.JsonSerializer.SerializeToNode(institution)!;
        node["name"] = name;
        return node;
    }
}
