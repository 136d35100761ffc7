using System.Text.Json.Nodes;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.History;

/// <summary>
/// Totals as of an instant are exactly what was answered then, on 長崎's (42) register of the class's claim; the region
/// (九州・沖縄) and the nation are compared snapshot to snapshot, never to fixed numbers.
/// </summary>
[WritesRegisters(Year, Prefecture)]
[Collection(ServiceCollection.Name)]
public sealed class AsOfTotalsTests(ServiceFixture service)
{
    private const string Prefecture = "42";
    private const int Year = 2049;

    private const string Totals = "designations { total clinical nonClinical } hubs { total } areas { total } prefecturesReporting version asOf";

    private static readonly string EveryLevel = $$"""
        query ($asOf: DateTimeOffset) {
          prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}, asOf: $asOf) {
            {{Totals}}
            region { {{Totals}} national { {{Totals}} } }
            national { {{Totals}} } }
          region(code: "kyushu-okinawa", fiscalYear: {{Year}}, asOf: $asOf) { {{Totals}} prefectures { code version asOf } }
          national(fiscalYear: {{Year}}, asOf: $asOf) { {{Totals}} regions { code version asOf } }
          prefectures(fiscalYear: {{Year}}, asOf: $asOf) { code version asOf designations { total } }
          regions(fiscalYear: {{Year}}, asOf: $asOf) { code version asOf designations { total } }
        }
        """;

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    private HttpClient Editor => service.ClientFor(AppRoles.PrefectureEditor, Prefecture);

    [Fact]
    public async Task Totals_answered_at_an_instant_are_answered_identically_as_of_that_instant_after_later_changes()
    {
        await Editor.SubmitAreasAsync(Prefecture, Year, "42201");
        var answered = await ReadAsync(asOf: null);
        var instant = DateTimeOffset.UtcNow;

        var changed = await Editor.PostGraphQLAsync(RegisterRequests.SubmitDesignations, new
        {
            prefecture = Prefecture,
            year = Year,
            institutions = new[]
            {
                RegisterRequests.Institution("4200000001", "CLINIC", "42201"),
                RegisterRequests.Institution("4200000002", "PHARMACY", "42201"),
            },
        });
        Assert.Empty(changed.Errors);
        var current = await ReadAsync(asOf: null);
        Assert.True(Version(current["prefecture"]!) > Version(answered["prefecture"]!));
        Assert.True(Version(current["prefecture"]!["region"]!) > Version(answered["prefecture"]!["region"]!));
        Assert.True(Version(current["national"]!) > Version(answered["national"]!));

        var asOf = await ReadAsync(instant);

        Assert.Equal(answered.ToJsonString(), asOf.ToJsonString());
    }

    [Fact]
    public async Task Before_anything_was_in_force_the_totals_are_zero_with_version_0_and_no_asOf()
    {
        var response = await Analyst.PostGraphQLAsync($$"""
            { prefecture(code: "{{Prefecture}}", fiscalYear: {{Year}}, asOf: "2000-01-01T00:00:00Z") { {{Totals}} } }
            """);

        response.AssertData("""
            { "prefecture": { "designations": { "total": 0, "clinical": 0, "nonClinical": 0 }, "hubs": { "total": 0 },
              "areas": { "total": 0 }, "prefecturesReporting": 0, "version": 0, "asOf": null } }
            """);
    }

    [Theory]
    [InlineData("""query ($asOf: DateTimeOffset, $year: Int!) { national(fiscalYear: $year, asOf: $asOf) { version } }""")]
    [InlineData("""query ($asOf: DateTimeOffset, $year: Int!) { region(code: "kyushu-okinawa", fiscalYear: $year, asOf: $asOf) { version } }""")]
    [InlineData("""query ($asOf: DateTimeOffset, $year: Int!, $code: String!) { prefecture(code: $code, fiscalYear: $year, asOf: $asOf) { version } }""")]
    [InlineData("""query ($asOf: DateTimeOffset, $year: Int!) { prefectures(fiscalYear: $year, asOf: $asOf) { version } }""")]
    public async Task An_asOf_in_the_future_is_refused_naming_the_argument(string query)
    {
        var response = await Analyst.PostGraphQLAsync(query, new { asOf = DateTimeOffset.UtcNow.AddMinutes(5), year = Year, code = Prefecture });

        var error = Assert.Single(response.Errors)!;
        Assert.Equal("VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("asOf", error["extensions"]!["field"]!.GetValue<string>());
        Assert.Contains("future", error["message"]!.GetValue<string>());
    }

    private async Task<JsonNode> ReadAsync(DateTimeOffset? asOf)
    {
        var response = await Analyst.PostGraphQLAsync(EveryLevel, new { asOf });
        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        return response.Data!;
    }

    private static long Version(JsonNode totals) => totals["version"]!.GetValue<long>();
}
