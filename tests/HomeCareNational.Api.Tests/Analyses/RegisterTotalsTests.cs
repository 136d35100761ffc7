using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Analyses;

/// <summary>The totals the analyses need, over <see cref="HandMadeRegister"/> (福岡県; the data set claims its whole year).</summary>
[SharesRegisters(typeof(HandMadeRegister))]
[Collection(ServiceCollection.Name)]
public sealed class RegisterTotalsTests(ServiceFixture service) : IAsyncLifetime
{
    public Task InitializeAsync() => HandMadeRegister.SubmitAsync(service);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Hubs_are_counted_per_operator_kind_with_Japanese_labels()
    {
        var response = await service.ClientFor(AppRoles.DashboardReader).PostGraphQLAsync($$"""
            { national(fiscalYear: {{HandMadeRegister.Year}}) { hubs { total byOperatorKind { operatorKind labelJa count } } } }
            """);

        response.AssertData("""
            { "national": { "hubs": { "total": 3, "byOperatorKind": [
                { "operatorKind": "HOSPITAL", "labelJa": "病院", "count": 0 },
                { "operatorKind": "CLINIC", "labelJa": "診療所", "count": 0 },
                { "operatorKind": "VISITING_NURSE_STATION", "labelJa": "訪問看護事業所", "count": 0 },
                { "operatorKind": "MEDICAL_ASSOCIATION", "labelJa": "地域医師会等関係団体", "count": 1 },
                { "operatorKind": "PUBLIC_HEALTH_CENTER", "labelJa": "保健所", "count": 1 },
                { "operatorKind": "MUNICIPALITY", "labelJa": "市町村", "count": 1 } ] } } }
            """);
    }

    [Fact]
    public async Task Areas_without_any_hub_or_any_designated_institution_are_counted_at_every_level()
    {
        var response = await service.ClientFor(AppRoles.DashboardReader).PostGraphQLAsync($$"""
            { national(fiscalYear: {{HandMadeRegister.Year}}) { areas { total withoutHub withoutDesignatedInstitution } }
              region(code: "kyushu-okinawa", fiscalYear: {{HandMadeRegister.Year}}) { areas { total withoutHub withoutDesignatedInstitution } }
              prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { areas { total withoutHub withoutDesignatedInstitution } } }
            """);

        response.AssertData("""
            { "national": { "areas": { "total": 4, "withoutHub": 2, "withoutDesignatedInstitution": 1 } },
              "region": { "areas": { "total": 4, "withoutHub": 2, "withoutDesignatedInstitution": 1 } },
              "prefecture": { "areas": { "total": 4, "withoutHub": 2, "withoutDesignatedInstitution": 1 } } }
            """);
    }

    [Fact]
    public async Task The_plan_indicators_the_register_supports_are_counted_over_designations_in_force()
    {
        var response = await service.ClientFor(AppRoles.DashboardReader).PostGraphQLAsync($$"""
            { prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { designations { total clinical nonClinical } indicators { indicator labelJa value } } }
            """);

        response.AssertData("""
            { "prefecture": {
                "designations": { "total": 21, "clinical": 11, "nonClinical": 10 },
                "indicators": [
                  { "indicator": "HOME_CARE_BACKUP_HOSPITALS", "labelJa": "在宅療養後方支援病院数", "value": 1 },
                  { "indicator": "HOME_CARE_SUPPORT_HOSPITALS", "labelJa": "在宅療養支援病院数", "value": 2 },
                  { "indicator": "HOSPITALS_AND_CLINICS_PROVIDING_END_OF_LIFE_CARE", "labelJa": "在宅看取りを実施している診療所・病院数", "value": 5 },
                  { "indicator": "VISITING_NURSE_STATIONS_AROUND_THE_CLOCK", "labelJa": "24時間体制を取っている訪問看護ステーション数", "value": 1 } ] } }
            """);
    }

    [Fact]
    public async Task Prefectures_and_regions_link_up_to_the_nation_of_the_same_fiscal_year()
    {
        var response = await service.ClientFor(AppRoles.DashboardReader).PostGraphQLAsync($$"""
            { prefecture(code: "{{HandMadeRegister.Prefecture}}", fiscalYear: {{HandMadeRegister.Year}}) { national { fiscalYear { year } designations { total } }
                region { code national { fiscalYear { year } hubs { total } } } } }
            """);

        response.AssertData($$"""
            { "prefecture": { "national": { "fiscalYear": { "year": {{HandMadeRegister.Year}} }, "designations": { "total": 21 } },
                "region": { "code": "kyushu-okinawa", "national": { "fiscalYear": { "year": {{HandMadeRegister.Year}} }, "hubs": { "total": 3 } } } } }
            """);
    }
}
