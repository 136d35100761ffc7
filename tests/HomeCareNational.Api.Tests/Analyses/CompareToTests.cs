using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Analyses;

/// <summary>
/// Change between two fiscal years, on registers made for the two years the class claims whole. 高知 (39): the baseline
/// 3 clinics and 1 pharmacy in 1 area; the later year 1 clinic and 3 pharmacies in 2 areas with 1 hub. 徳島 (36), also
/// in 四国: nothing in the baseline, 4 clinics in 1 area in the later year.
/// </summary>
[WritesRegisters(Baseline)]
[WritesRegisters(Year)]
[WritesRegisters(EmptyYear, Kochi)]
[Collection(ServiceCollection.Name)]
public sealed class CompareToTests(ServiceFixture service) : IAsyncLifetime
{
    private const int Baseline = 2035;
    private const int Year = 2036;

    /// <summary>A year in which 高知 has nothing.</summary>
    private const int EmptyYear = 2049;

    private const string Kochi = "39";
    private const string Tokushima = "36";

    private HttpClient Dashboard => service.ClientFor(AppRoles.DashboardReader);

    public async Task InitializeAsync()
    {
        await SmallRegisters.SubmitAsync(service, Kochi, Baseline, clinics: 3, pharmacies: 1);
        await SmallRegisters.SubmitAsync(service, Kochi, Year, clinics: 1, pharmacies: 3, areas: 2, hubs: 1);
        await SmallRegisters.SubmitAsync(service, Tokushima, Year, clinics: 4, pharmacies: 0);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_prefecture_region_and_the_nation_give_this_years_figures_minus_the_baselines()
    {
        var response = await Dashboard.PostGraphQLAsync($$"""
            fragment change on TotalsChange { fiscalYear { year } baseline { year } total clinical nonClinical nonClinicalShare hubs areas }
            { prefecture(code: "{{Kochi}}", fiscalYear: {{Year}}) { compareTo(fiscalYear: {{Baseline}}) { ...change } }
              region(code: "shikoku", fiscalYear: {{Year}}) { compareTo(fiscalYear: {{Baseline}}) { ...change } }
              national(fiscalYear: {{Year}}) { compareTo(fiscalYear: {{Baseline}}) { ...change } } }
            """);

        response.AssertData($$"""
            { "prefecture": { "compareTo": { "fiscalYear": { "year": {{Year}} }, "baseline": { "year": {{Baseline}} },
                "total": 0, "clinical": -2, "nonClinical": 2, "nonClinicalShare": 0.5, "hubs": 1, "areas": 1 } },
              "region": { "compareTo": { "fiscalYear": { "year": {{Year}} }, "baseline": { "year": {{Baseline}} },
                "total": 4, "clinical": 2, "nonClinical": 2, "nonClinicalShare": 0.125, "hubs": 1, "areas": 2 } },
              "national": { "compareTo": { "fiscalYear": { "year": {{Year}} }, "baseline": { "year": {{Baseline}} },
                "total": 4, "clinical": 2, "nonClinical": 2, "nonClinicalShare": 0.125, "hubs": 1, "areas": 2 } } }
            """);
    }

    [Fact]
    public async Task Comparing_to_a_later_year_gives_the_change_reversed_and_a_year_without_data_counts_as_zero()
    {
        var response = await Dashboard.PostGraphQLAsync($$"""
            { prefecture(code: "{{Kochi}}", fiscalYear: {{Baseline}}) {
                later: compareTo(fiscalYear: {{Year}}) { total clinical nonClinical nonClinicalShare hubs areas }
                empty: compareTo(fiscalYear: {{EmptyYear}}) { total clinical nonClinical nonClinicalShare hubs areas } } }
            """);

        response.AssertData("""
            { "prefecture": {
                "later": { "total": 0, "clinical": 2, "nonClinical": -2, "nonClinicalShare": -0.5, "hubs": -1, "areas": -1 },
                "empty": { "total": 4, "clinical": 3, "nonClinical": 1, "nonClinicalShare": 0.25, "hubs": 0, "areas": 1 } } }
            """);
    }

    [Fact]
    public async Task A_baseline_year_the_service_does_not_keep_is_refused_naming_the_argument()
    {
        var response = await Dashboard.PostGraphQLAsync($$"""{ prefecture(code: "{{Kochi}}", fiscalYear: {{Year}}) { compareTo(fiscalYear: 1999) { total } } }""");

        var error = Assert.Single(response.Errors)!;
        Assert.Equal("VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("fiscalYear", error["extensions"]!["field"]!.GetValue<string>());
        Assert.Contains("1999", error["message"]!.GetValue<string>());
    }
}
