using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Analyses;

/// <summary>
/// Prefectures ranked by non-clinical share, on registers made for the year the class claims whole: 徳島 (36) 2 of 2
/// non-clinical, 鳥取 (31) 1 of 4 and 島根 (32) 2 of 8 (equal shares), 香川 (37) 0 of 5, 愛媛 (38) areas only.
/// </summary>
[WritesRegisters(Year)]
[Collection(ServiceCollection.Name)]
public sealed class RankingTests(ServiceFixture service) : IAsyncLifetime
{
    private const int Year = 2034;

    public async Task InitializeAsync()
    {
        await SmallRegisters.SubmitAsync(service, "36", Year, clinics: 0, pharmacies: 2);
        await SmallRegisters.SubmitAsync(service, "31", Year, clinics: 3, pharmacies: 1);
        await SmallRegisters.SubmitAsync(service, "32", Year, clinics: 6, pharmacies: 2);
        await SmallRegisters.SubmitAsync(service, "37", Year, clinics: 5, pharmacies: 0);
        await SmallRegisters.SubmitAsync(service, "38", Year, clinics: 0, pharmacies: 0);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Prefectures_with_designations_are_ranked_by_share_equal_shares_sharing_a_rank_in_code_order()
    {
        var response = await service.ClientFor(AppRoles.DashboardReader).PostGraphQLAsync($$"""
            { prefecturesRankedByNonClinicalShare(fiscalYear: {{Year}}) { rank nonClinicalShare prefecture { code nameJa designations { total nonClinical } } } }
            """);

        response.AssertData("""
            { "prefecturesRankedByNonClinicalShare": [
                { "rank": 1, "nonClinicalShare": 1, "prefecture": { "code": "36", "nameJa": "徳島県", "designations": { "total": 2, "nonClinical": 2 } } },
                { "rank": 2, "nonClinicalShare": 0.25, "prefecture": { "code": "31", "nameJa": "鳥取県", "designations": { "total": 4, "nonClinical": 1 } } },
                { "rank": 2, "nonClinicalShare": 0.25, "prefecture": { "code": "32", "nameJa": "島根県", "designations": { "total": 8, "nonClinical": 2 } } },
                { "rank": 4, "nonClinicalShare": 0, "prefecture": { "code": "37", "nameJa": "香川県", "designations": { "total": 5, "nonClinical": 0 } } } ] }
            """);
    }

    [Fact]
    public async Task First_lists_only_the_top_places()
    {
        var response = await service.ClientFor(AppRoles.DashboardReader).PostGraphQLAsync($$"""
            { prefecturesRankedByNonClinicalShare(fiscalYear: {{Year}}, first: 2) { rank prefecture { code } } }
            """);

        response.AssertData("""
            { "prefecturesRankedByNonClinicalShare": [ { "rank": 1, "prefecture": { "code": "36" } }, { "rank": 2, "prefecture": { "code": "31" } } ] }
            """);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(48)]
    public async Task First_out_of_1_to_47_is_refused_naming_the_argument(int first)
    {
        var response = await service.ClientFor(AppRoles.DashboardReader).PostGraphQLAsync(
            $"{{ prefecturesRankedByNonClinicalShare(fiscalYear: {Year}, first: {first}) {{ rank }} }}");

        var error = Assert.Single(response.Errors)!;
        Assert.Equal("VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("first", error["extensions"]!["field"]!.GetValue<string>());
        Assert.Null(response.Data);
    }
}
