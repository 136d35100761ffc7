using System.Text.Json.Nodes;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Connections;

/// <summary>The register's connections filtered and sorted, over <see cref="HandMadeRegister"/>; each query with the answer it must give.</summary>
[SharesRegisters(typeof(HandMadeRegister))]
[Collection(ServiceCollection.Name)]
public sealed class FilterAndSortTests(ServiceFixture service) : IAsyncLifetime
{
    public Task InitializeAsync() => HandMadeRegister.SubmitAsync(service);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("kind: [PHARMACY]", """["4000000008", "4000000014", "4000000018"]""")]
    [InlineData("clinical: false, status: ACTIVE", """["4000000004", "4000000008", "4000000009", "4000000010", "4000000014", "4000000017", "4000000019", "4000000021", "4000000022", "4000000023"]""")]
    [InlineData("homeCareAreaId: \"A3\"", """["4000000005", "4000000010", "4000000018", "4000000022", "4000000023"]""")]
    [InlineData("municipalityCode: \"40202\"", """["4000000003", "4000000004", "4000000007", "4000000008", "4000000009", "4000000012", "4000000013", "4000000019"]""")]
    [InlineData("kind: [HOSPITAL, CLINIC], municipalityCode: \"40131\"", """["4000000015", "4000000020"]""")]
    [InlineData("status: WITHDRAWN", """["4000000006", "4000000018"]""")]
    [InlineData("kind: []", "[]")]
    public async Task Institutions_are_filtered_by_every_filter_given(string filters, string expectedCodes)
    {
        var response = await RegisterAsync($"institutions({filters}, first: 100) {{ totalCount items {{ institutionCode }} }}");

        response.AssertData(Answer("institutions", "institutionCode", expectedCodes, withCount: true));
    }

    [Theory]
    [InlineData("orderBy: DESIGNATED_ON, first: 5", """["4000000001", "4000000006", "4000000002", "4000000016", "4000000015"]""")]
    [InlineData("orderBy: DESIGNATED_ON, direction: DESCENDING, first: 3", """["4000000010", "4000000019", "4000000021"]""")]
    [InlineData("orderBy: NAME, first: 5", """["4000000001", "4000000008", "4000000015", "4000000022", "4000000006"]""")]
    [InlineData("orderBy: NAME, direction: DESCENDING, first: 3", """["4000000017", "4000000010", "4000000003"]""")]
    [InlineData("orderBy: CODE, direction: DESCENDING, first: 2", """["4000000023", "4000000022"]""")]
    public async Task Institutions_are_sorted_as_asked_with_ties_in_code_order(string arguments, string expectedCodes)
    {
        var response = await RegisterAsync($"institutions({arguments}) {{ items {{ institutionCode }} }}");

        response.AssertData(Answer("institutions", "institutionCode", expectedCodes));
    }

    [Theory]
    [InlineData("operatorKind: [MUNICIPALITY, PUBLIC_HEALTH_CENTER]", """["H2", "H3"]""")]
    [InlineData("areaId: \"A2\"", """["H1", "H2"]""")]
    [InlineData("areaId: \"A4\"", "[]")]
    [InlineData("orderBy: NAME", """["H3", "H1", "H2"]""")]
    [InlineData("orderBy: ID, direction: DESCENDING", """["H3", "H2", "H1"]""")]
    public async Task Hubs_are_filtered_and_sorted(string arguments, string expectedIds)
    {
        var response = await RegisterAsync($"hubs({arguments}) {{ items {{ hubId }} }}");

        response.AssertData(Answer("hubs", "hubId", expectedIds));
    }

    [Theory]
    [InlineData("unitType: [SECONDARY_MEDICAL_AREA]", """["A1", "A4"]""")]
    [InlineData("hasHub: false", """["A3", "A4"]""")]
    [InlineData("hasHub: true", """["A1", "A2"]""")]
    [InlineData("hasDesignatedInstitution: false", """["A4"]""")]
    [InlineData("hasHub: false, hasDesignatedInstitution: true", """["A3"]""")]
    [InlineData("orderBy: NAME", """["A4", "A3", "A2", "A1"]""")]
    [InlineData("orderBy: NAME, direction: DESCENDING", """["A1", "A2", "A3", "A4"]""")]
    public async Task Areas_are_filtered_and_sorted(string arguments, string expectedIds)
    {
        var response = await RegisterAsync($"areas({arguments}) {{ items {{ areaId }} }}");

        response.AssertData(Answer("areas", "areaId", expectedIds));
    }

    [Fact]
    public async Task A_listed_institution_shows_everything_the_register_holds()
    {
        var response = await RegisterAsync("""
            institutions(first: 1, kind: [HOME_CARE_SUPPORT_CLINIC], municipalityCode: "40202") { edges { node {
              institutionCode name kind clinical municipalityCode homeCareAreaId functions provides24Hours designatedOn status } } }
            """);

        response.AssertData("""
            { "prefecture": { "register": { "institutions": { "edges": [ { "node": {
                "institutionCode": "4000000003", "name": "なぎさ在宅クリニック", "kind": "HOME_CARE_SUPPORT_CLINIC", "clinical": true,
                "municipalityCode": "40202", "homeCareAreaId": "A2", "functions": ["DAILY_CARE_SUPPORT", "END_OF_LIFE_CARE"],
                "provides24Hours": false, "designatedOn": "2032-05-20", "status": "ACTIVE" } } ] } } } }
            """);
    }

    private Task<GraphQLResponse> RegisterAsync(string selection) =>
        service.ClientFor(AppRoles.MinistryAnalyst).PostGraphQLAsync($$"""{ prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { register { {{selection}} } } }""");

    /// <summary>The expected answer: the list's items, each with just its key, and the count of all matching items when given.</summary>
    private static string Answer(string list, string key, string expectedKeys, bool withCount = false)
    {
        var keys = JsonNode.Parse(expectedKeys)!.AsArray();
        var items = string.Join(", ", keys.Select(k => $$"""{ "{{key}}": {{k!.ToJsonString()}} }"""));
        var count = withCount ? $"\"totalCount\": {keys.Count}, " : "";
        return $$"""{ "prefecture": { "register": { "{{list}}": { {{count}}"items": [{{items}}] } } } }""";
    }
}
