using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using HomeCareNational.Identity;
using Xunit.Abstractions;

namespace HomeCareNational.Api.Tests.Connections;

/// <summary>
/// The national lists page forwards and backwards over every prefecture's register. The fixture is the class's claim:
/// 大分, 宮崎 and 鹿児島 (44, 45, 46) in one year; the same institution code in two prefectures stays two items.
/// </summary>
[WritesRegisters(Year, Oita, Miyazaki, Kagoshima)]
[Collection(ServiceCollection.Name)]
public sealed class NationalListTests(ServiceFixture service, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Year = 2045;
    private const string Oita = "44";
    private const string Miyazaki = "45";
    private const string Kagoshima = "46";
    private static readonly string[] Fixture = [Oita, Miyazaki, Kagoshima];

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    /// <summary>Every (prefecture, code) of the fixture: 44 has 3, 45 has 4 (two shared with 44), 46 has 2.</summary>
    private static readonly (string Prefecture, string Code, string Kind)[] Designations =
    [
        (Oita, "9900000001", "CLINIC"), (Oita, "9900000002", "PHARMACY"), (Oita, "9900000003", "HOSPITAL"),
        (Miyazaki, "9900000001", "VISITING_NURSE_STATION"), (Miyazaki, "9900000002", "CLINIC"), (Miyazaki, "9900000004", "PHARMACY"), (Miyazaki, "9900000005", "CLINIC"),
        (Kagoshima, "9900000006", "HOSPITAL"), (Kagoshima, "9900000007", "VISITING_NURSE_STATION"),
    ];

    public async Task InitializeAsync()
    {
        foreach (var prefecture in Fixture)
        {
            var editor = service.ClientFor(AppRoles.PrefectureEditor, prefecture);
            var municipality = $"{prefecture}201";
            await editor.SubmitAreasAsync(prefecture, Year, municipality);
            var response = await editor.PostGraphQLAsync(RegisterRequests.SubmitDesignations, new
            {
                prefecture,
                year = Year,
                institutions = Designations.Where(d => d.Prefecture == prefecture).Select(d => RegisterRequests.Institution(d.Code, d.Kind, municipality)).ToArray(),
            });
            Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Paging_forwards_and_backwards_returns_every_designation_exactly_once(int pageSize)
    {
        // Code order nationwide (the default orderBy), equal codes by prefecture.
        var expected = Designations.OrderBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Prefecture, StringComparer.Ordinal).Select(d => (d.Prefecture, d.Code)).ToList();

        var forwards = await PageAllAsync(pageSize, forwards: true);
        var backwards = await PageAllAsync(pageSize, forwards: false);

        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards);
    }

    [Fact]
    public async Task The_register_filters_apply_across_prefectures_and_a_region_narrows_the_scope()
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            { all: designations(fiscalYear: {{Year}}, prefectures: ["{{Oita}}", "{{Miyazaki}}", "{{Kagoshima}}"], clinical: false, first: 100) { totalCount items { prefectureCode institutionCode kind } }
              kyushu: designations(fiscalYear: {{Year}}, region: "kyushu-okinawa", prefectures: ["{{Oita}}", "{{Kagoshima}}"], kind: [HOSPITAL], first: 100) { totalCount items { prefectureCode institutionCode } }
              areas(fiscalYear: {{Year}}, prefectures: ["{{Oita}}", "{{Miyazaki}}", "{{Kagoshima}}"], first: 100) { totalCount }
              hubs(fiscalYear: {{Year}}, prefectures: ["{{Oita}}", "{{Miyazaki}}", "{{Kagoshima}}"], first: 100) { totalCount } }
            """);

        Assert.Empty(response.Errors);
        var nonClinical = response.Data!["all"]!["items"]!.AsArray().Select(i => (i!["prefectureCode"]!.GetValue<string>(), i["institutionCode"]!.GetValue<string>()));
        Assert.Equal([(Oita, "9900000002"), (Miyazaki, "9900000001"), (Miyazaki, "9900000004"), (Kagoshima, "9900000007")], nonClinical.Order());
        Assert.Equal(2, response.Data!["kyushu"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(3, response.Data!["areas"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, response.Data!["hubs"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_demo_national_non_clinical_list_pages_through_every_row_once()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        int total;
        var slowest = TimeSpan.Zero;
        do
        {
            var clock = Stopwatch.StartNew();
            var response = await Analyst.PostGraphQLAsync(
                "query ($after: String) { designations(fiscalYear: 2024, clinical: false, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } items { id } } }",
                new { after });
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            Assert.Empty(response.Errors);
            var list = response.Data!["designations"]!;
            total = list["totalCount"]!.GetValue<int>();
            Assert.All(list["items"]!.AsArray(), i => Assert.True(seen.Add(i!["id"]!.GetValue<string>())));
            after = list["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? list["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(total, seen.Count);
        Assert.InRange(total, 2_900, 3_000);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total} rows, {(total + 99) / 100} pages of 100; slowest page {slowest.TotalMilliseconds:F0} ms"));
    }

    private async Task<List<(string Prefecture, string Code)>> PageAllAsync(int pageSize, bool forwards)
    {
        var items = new List<(string, string)>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var arguments = forwards ? "first: $size, after: $cursor" : "last: $size, before: $cursor";
            var response = await Analyst.PostGraphQLAsync(
                $$"""query ($size: Int!, $cursor: String) { designations(fiscalYear: {{Year}}, prefectures: ["{{Oita}}", "{{Miyazaki}}", "{{Kagoshima}}"], {{arguments}}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } items { prefectureCode institutionCode } } }""",
                new { size = pageSize, cursor });
            Assert.Empty(response.Errors);
            var list = response.Data!["designations"]!;
            Assert.Equal(Designations.Length, list["totalCount"]!.GetValue<int>());
            var page = list["items"]!.AsArray().Select(i => (i!["prefectureCode"]!.GetValue<string>(), i["institutionCode"]!.GetValue<string>())).ToList();
            Assert.InRange(page.Count, 1, pageSize);
            items = forwards ? [.. items, .. page] : [.. page, .. items];
            var info = list["pageInfo"]!;
            cursor = forwards
                ? info["hasNextPage"]!.GetValue<bool>() ? info["endCursor"]!.GetValue<string>() : null
                : info["hasPreviousPage"]!.GetValue<bool>() ? info["startCursor"]!.GetValue<string>() : null;
            Assert.True(++pages <= Designations.Length, "paging does not end");
        }
        while (cursor is not null);

        return items;
    }
}
