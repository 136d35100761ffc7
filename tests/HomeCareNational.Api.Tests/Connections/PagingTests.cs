using System.Text.Json.Nodes;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Connections;

/// <summary>
/// Paging through the register's connections over <see cref="HandMadeRegister"/>: forwards with first/after and backwards
/// with last/before, every item comes exactly once and in order, whatever the page size; sizes out of 1–100 and
/// cursors that point nowhere are refused naming the argument.
/// </summary>
[SharesRegisters(typeof(HandMadeRegister))]
[Collection(ServiceCollection.Name)]
public sealed class PagingTests(ServiceFixture service) : IAsyncLifetime
{
    private static readonly string[] Hubs = ["H1", "H2", "H3"];
    private static readonly string[] Areas = ["A1", "A2", "A3", "A4"];

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    public static TheoryData<string, string, int> Lists => new()
    {
        { "institutions", "institutionCode", 1 },
        { "institutions", "institutionCode", 5 },
        { "institutions", "institutionCode", 100 },
        { "hubs", "hubId", 1 },
        { "hubs", "hubId", 100 },
        { "areas", "areaId", 1 },
        { "areas", "areaId", 3 },
    };

    public Task InitializeAsync() => HandMadeRegister.SubmitAsync(service);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Paging_forwards_returns_every_item_once_in_order(string list, string key, int size)
    {
        var seen = new List<string>();
        string? after = null;
        for (var pageNumber = 0; ; pageNumber++)
        {
            var page = await PageAsync(list, key, $"first: {size}", after is null ? "" : $"after: \"{after}\"");

            Assert.Equal(Expected(list).Count, page["totalCount"]!.GetValue<int>());
            Assert.Equal(pageNumber > 0, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            seen.AddRange(Keys(page, key));
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            Assert.Equal(size, Keys(page, key).Count);
        }

        Assert.Equal(Expected(list), seen);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Paging_backwards_returns_every_item_once_in_order(string list, string key, int size)
    {
        var seen = new List<string>();
        string? before = null;
        for (var pageNumber = 0; ; pageNumber++)
        {
            var page = await PageAsync(list, key, $"last: {size}", before is null ? "" : $"before: \"{before}\"");

            Assert.Equal(pageNumber > 0, page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            seen.InsertRange(0, Keys(page, key));
            before = page["pageInfo"]!["startCursor"]!.GetValue<string>();
            if (!page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>())
            {
                break;
            }

            Assert.Equal(size, Keys(page, key).Count);
        }

        Assert.Equal(Expected(list), seen);
    }

    [Fact]
    public async Task Without_first_or_last_a_page_holds_the_first_twenty_items()
    {
        var page = await PageAsync("institutions", "institutionCode");

        Assert.Equal(HandMadeRegister.InstitutionCodes.Take(20), Keys(page, "institutionCode"));
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_range_between_after_and_before_is_paged_by_first_and_last()
    {
        var all = await PageAsync("institutions", "institutionCode", "first: 100");
        var cursors = all["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()).ToList();

        var response = await Analyst.PostGraphQLAsync($$"""
            { prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { register {
                forwards: institutions(after: "{{cursors[4]}}", before: "{{cursors[10]}}", first: 3) { items { institutionCode } pageInfo { hasPreviousPage hasNextPage } }
                backwards: institutions(after: "{{cursors[4]}}", before: "{{cursors[10]}}", last: 2) { items { institutionCode } pageInfo { hasPreviousPage hasNextPage } }
                empty: institutions(after: "{{cursors[10]}}", before: "{{cursors[4]}}") { totalCount items { institutionCode } pageInfo { startCursor endCursor } } } } }
            """);

        response.AssertData("""
            { "prefecture": { "register": {
                "forwards": { "items": [ { "institutionCode": "4000000006" }, { "institutionCode": "4000000007" }, { "institutionCode": "4000000008" } ],
                              "pageInfo": { "hasPreviousPage": true, "hasNextPage": true } },
                "backwards": { "items": [ { "institutionCode": "4000000009" }, { "institutionCode": "4000000010" } ],
                               "pageInfo": { "hasPreviousPage": true, "hasNextPage": true } },
                "empty": { "totalCount": 23, "items": [], "pageInfo": { "startCursor": null, "endCursor": null } } } } }
            """);
    }

    [Theory]
    [InlineData("first", 0)]
    [InlineData("first", 101)]
    [InlineData("last", 0)]
    [InlineData("last", 101)]
    [InlineData("first", -1)]
    public async Task A_page_size_out_of_1_to_100_is_refused_naming_the_argument(string argument, int size)
    {
        var response = await Analyst.PostGraphQLAsync(
            $$"""{ prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { register { hubs({{argument}}: {{size}}) { totalCount } } } }""");

        var error = Assert.Single(response.Errors)!;
        Assert.Equal("VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(argument, error["extensions"]!["field"]!.GetValue<string>());
        Assert.Contains($"{argument} is {size}; a page holds 1 to 100 items", error["message"]!.GetValue<string>());
        Assert.Equal(ExpectedJson.Compact("""{ "prefecture": { "register": null } }"""), response.Data!.ToJsonString());
    }

    [Theory]
    [InlineData("after", "not a cursor")]
    [InlineData("before", "bm90IGEgY3Vyc29y")]
    public async Task A_cursor_that_points_at_no_item_is_refused_naming_the_argument(string argument, string cursor)
    {
        var response = await Analyst.PostGraphQLAsync(
            $$"""{ prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { register { institutions({{argument}}: "{{cursor}}") { totalCount } } } }""");

        var error = Assert.Single(response.Errors)!;
        Assert.Equal("VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(argument, error["extensions"]!["field"]!.GetValue<string>());
        Assert.Null(response.Data!["prefecture"]!["register"]);
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_refused()
    {
        var hubs = await PageAsync("hubs", "hubId", "first: 1");
        var hubCursor = hubs["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await Analyst.PostGraphQLAsync(
            $$"""{ prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { register { institutions(after: "{{hubCursor}}") { totalCount } } } }""");

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
    }

    private static IReadOnlyList<string> Expected(string list) => list switch
    {
        "institutions" => HandMadeRegister.InstitutionCodes,
        "hubs" => Hubs,
        _ => Areas,
    };

    private static List<string> Keys(JsonNode page, string key) =>
        [.. page["edges"]!.AsArray().Select(edge => edge!["node"]![key]!.GetValue<string>())];

    private async Task<JsonNode> PageAsync(string list, string key, params string[] arguments)
    {
        var given = string.Join(", ", arguments.Where(a => a.Length > 0));
        var response = await Analyst.PostGraphQLAsync($$"""
            { prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { register { {{list}}{{(given.Length > 0 ? $"({given})" : "")}} {
                totalCount pageInfo { hasPreviousPage hasNextPage startCursor endCursor } edges { cursor node { {{key}} } } } } } }
            """);
        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        return response.Data!["prefecture"]!["register"]![list]!;
    }
}
