namespace HomeCareNational.Grains.Tests.Rollup;

public sealed class RollupTests(SharedClusterFixture fixture) : SharedClusterTest(fixture)
{
    private const string Okayama = "33";
    private const string Tokyo = "13";

    [Fact]
    public async Task A_submission_rolls_up_to_the_region_and_the_nation_with_the_same_counts()
    {
        var startedAt = DateTimeOffset.UtcNow;
        var register = new RegisterBuilder(Okayama)
            .WithAreas(3)
            .WithHubs(2)
            .WithDesignations(
                InstitutionKind.HomeCareSupportClinic,
                InstitutionKind.HomeCareSupportClinic,
                InstitutionKind.Hospital,
                InstitutionKind.VisitingNurseStation,
                InstitutionKind.Pharmacy)
            .Build();

        var result = await Grains.SubmitRegisterAsync(Okayama, Year, register);

        var expected = new Figures(
            Designations: 5, Clinical: 3, NonClinical: 2,
            ByKind: "Hospital=1, HomeCareSupportClinic=2, VisitingNurseStation=1, Pharmacy=1",
            Hubs: 2, Areas: 3, Prefectures: 1);
        var levels = await LevelsAsync(Okayama);
        Assert.Equal((expected, expected, expected), levels.Figures);
        Assert.True(result.Changed);
        Assert.Equal(levels.Prefecture!.Version, result.Totals!.Version);

        // Three accepted changes (areas, hubs, designations), each pushed up before the call returned.
        Assert.Equal((3, 3, 3), levels.Versions);
        Assert.InRange(levels.Prefecture.AsOf, startedAt, DateTimeOffset.UtcNow);
        Assert.All(levels.All, level => Assert.Equal(levels.Prefecture.AsOf, level!.AsOf));
        Assert.All(levels.All, level => Assert.Equal(Year, level!.FiscalYear));

        await AssertRollupConsistentAsync();
    }

    [Fact]
    public async Task Prefectures_in_different_regions_add_up_in_the_national_totals()
    {
        await Grains.SubmitRegisterAsync(Tokyo, Year, new RegisterBuilder(Tokyo)
            .WithAreas(1).WithHubs(1).WithDesignations(InstitutionKind.Clinic, InstitutionKind.Pharmacy).Build());
        await Grains.SubmitRegisterAsync(Okayama, Year, new RegisterBuilder(Okayama)
            .WithAreas(2).WithHubs(1).WithDesignations(InstitutionKind.HomeCareSupportHospital).Build());

        var national = Grains.GetGrain<INationalGrain>(INationalGrain.Key);
        Assert.Equal(
            new Figures(3, 2, 1, "HomeCareSupportHospital=1, Clinic=1, Pharmacy=1", Hubs: 2, Areas: 3, Prefectures: 2),
            Figures.Of(await national.GetTotalsAsync(Year)));
        var byRegion = await national.GetRegionTotalsAsync(Year);
        Assert.Equal(["chugoku", "kanto"], byRegion.Keys.Order());
        Assert.Equal(new Figures(2, 1, 1, "Clinic=1, Pharmacy=1", 1, 1, 1), Figures.Of(byRegion["kanto"]));
        Assert.Equal(new Figures(1, 1, 0, "HomeCareSupportHospital=1", 1, 2, 1), Figures.Of(byRegion["chugoku"]));
        Assert.Contains(Year, await national.GetFiscalYearsAsync());

        await AssertRollupConsistentAsync();
    }

    [Fact]
    public async Task Concurrent_submissions_from_one_region_all_reach_the_region_and_national_totals()
    {
        // Chugoku (31–35): prefecture k of the region designates k clinics and one pharmacy.
        var chugoku = RegionGrouping.EightRegions.RegionOf(Okayama);
        var submissions = chugoku.PrefectureCodes.Select((code, i) => Grains.SubmitRegisterAsync(code, Year, new RegisterBuilder(code)
            .WithAreas(1)
            .WithHubs(1)
            .WithDesignations([.. Enumerable.Repeat(InstitutionKind.Clinic, i + 1), InstitutionKind.Pharmacy])
            .Build()));

        await Task.WhenAll(submissions);

        var expected = new Figures(20, 15, 5, "Clinic=15, Pharmacy=5", Hubs: 5, Areas: 5, Prefectures: 5);
        Assert.Equal(expected, Figures.Of(await Grains.GetGrain<IRegionGrain>(chugoku.Code).GetTotalsAsync(Year)));
        Assert.Equal(expected, Figures.Of(await Grains.GetGrain<INationalGrain>(INationalGrain.Key).GetTotalsAsync(Year)));
        Assert.Equal(chugoku.PrefectureCodes.Order(), (await Grains.GetGrain<IRegionGrain>(chugoku.Code).GetPrefectureTotalsAsync(Year)).Keys.Order());

        await AssertRollupConsistentAsync();
    }
}
