using System.Text.Json.Nodes;
using HomeCareNational.Abstractions;
using HomeCareNational.Domain.Edits;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;
using HomeCareNational.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace HomeCareNational.Api.Tests.RegisterDetail;

/// <summary>
/// The new counts reach the region and the nation. Other tests may write the same fiscal year elsewhere, so these
/// check by how much the sums grow when 秋田県 (05), with no data in the year before, submits a small register.
/// </summary>
[WritesRegisters(Year, Prefecture)]
[Collection(ServiceCollection.Name)]
public sealed class TotalsDeltaTests(ServiceFixture service)
{
    private const string Prefecture = "05";
    private const int Year = DetailRegister.Year;

    private const string Counts = "hubsByActivityStatus { status count } areasWithoutActiveHub review { required open withdrawn replacedByClinical kept }";

    private static readonly string Query = $$"""{ national(fiscalYear: {{Year}}) { {{Counts}} } region(code: "tohoku", fiscalYear: {{Year}}) { {{Counts}} } }""";

    [Fact]
    public async Task Activity_status_active_hub_coverage_and_review_counts_add_up_in_the_region_and_the_nation()
    {
        var grain = service.Services.GetRequiredService<IGrainFactory>().GetGrain<IPrefectureGrain>(Prefecture);
        Assert.Null(await grain.GetRegisterAsync(Year));
        var before = await CountsAsync();

        var by = DetailRegister.Editor with { PrefectureCode = Prefecture };
        DetailRegister.AssertAccepted(await grain.SubmitAreasAsync(Year, [RegisterRecords.Area("X1", "秋田周辺", ["05201"]), RegisterRecords.Area("X2", "大館・鹿角", ["05204"])], by));
        DetailRegister.AssertAccepted(await grain.SubmitHubsAsync(Year, [RegisterRecords.Hub("Y1", "秋田市在宅医療連携拠点", "05201", ["X1"], HubOperatorKind.Municipality), RegisterRecords.Hub("Y2", "大館医師会拠点", "05204", ["X2"])], by));
        DetailRegister.AssertAccepted(await grain.SubmitDesignationsAsync(Year,
        [
            RegisterRecords.Institution("0500000001", "あきた在宅クリニック", "05201", new(Year, 4, 1), InstitutionKind.HomeCareSupportClinic, "X1", HomeCareFunctions.DailyCareSupport),
            RegisterRecords.Institution("0500000002", "おおだて薬局", "05204", new(Year, 4, 1), InstitutionKind.Pharmacy, "X2", HomeCareFunctions.DailyCareSupport, provides24Hours: false),
            RegisterRecords.Institution("0500000003", "のしろ訪問看護ステーション", "05204", new(Year, 4, 1), InstitutionKind.VisitingNurseStation, "X2", HomeCareFunctions.DailyCareSupport),
        ], by));
        DetailRegister.AssertAccepted(await grain.EditAsync(Year, new ReportHubActivity(new("Y1",
            [new(new(Year, 5, 1), AttendeeCategories.Medical)], [.. Enum.GetValues<HubDuty>().Select(d => new HubDutyReport(d, true, null))], false, null, 1, 1)), by));
        DetailRegister.AssertAccepted(await grain.EditAsync(Year, new RecordReview("0500000003", new(ReviewOutcome.Kept, "地域に代替がない", null, new(Year, 6, 1))), by));

        var after = await CountsAsync();

        foreach (var level in new[] { "national", "region" })
        {
            Assert.Equal(
                new Dictionary<string, int> { ["ACTIVE"] = 1, ["PARTLY_ACTIVE"] = 0, ["INACTIVE"] = 0, ["NOT_REPORTED"] = 1 },
                ByStatus(after[level]!).ToDictionary(s => s.Key, s => s.Value - ByStatus(before[level]!)[s.Key]));
            Assert.Equal(1, Int(after, level, "areasWithoutActiveHub") - Int(before, level, "areasWithoutActiveHub"));
            Assert.Equal(
                new Dictionary<string, int> { ["required"] = 2, ["open"] = 1, ["withdrawn"] = 0, ["replacedByClinical"] = 0, ["kept"] = 1 },
                after[level]!["review"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>() - before[level]!["review"]![p.Key]!.GetValue<int>()));
        }
    }

    private async Task<JsonNode> CountsAsync()
    {
        var response = await service.ClientFor(AppRoles.MinistryAnalyst).PostGraphQLAsync(Query);
        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        return response.Data!;
    }

    private static Dictionary<string, int> ByStatus(JsonNode level) =>
        level["hubsByActivityStatus"]!.AsArray().ToDictionary(s => s!["status"]!.GetValue<string>(), s => s!["count"]!.GetValue<int>());

    private static int Int(JsonNode data, string level, string field) => data[level]![field]!.GetValue<int>();
}
