namespace HomeCareNational.Grains.Tests.Submissions;

public sealed class ResubmissionTests(SharedClusterFixture fixture) : SharedClusterTest(fixture)
{
    private const string Okayama = "33";

    private static RegisterBuilder FirstRegister => new RegisterBuilder(Okayama)
        .WithAreas(2)
        .WithHubs(1)
        .WithDesignations(
            InstitutionKind.HomeCareSupportClinic,
            InstitutionKind.HomeCareSupportClinic,
            InstitutionKind.Pharmacy,
            InstitutionKind.VisitingNurseStation);

    [Fact]
    public async Task Resubmission_replaces_the_register_and_the_region_and_nation_follow()
    {
        await Grains.SubmitRegisterAsync(Okayama, Year, FirstRegister.Build());
        var before = await LevelsAsync(Okayama);
        var replacement = new RegisterBuilder(Okayama).WithDesignations(InstitutionKind.Hospital, InstitutionKind.DentalClinic).Build();

        var result = await Grains.SubmitDesignationsAsync(Okayama, Year, replacement);

        var after = await LevelsAsync(Okayama);
        var expected = new Figures(2, 2, 0, "Hospital=1, DentalClinic=1", Hubs: 1, Areas: 2, Prefectures: 1);
        Assert.Equal((expected, expected, expected), after.Figures);
        Assert.True(result.Changed);
        Assert.Equal((before.Versions.Prefecture + 1, before.Versions.Region + 1, before.Versions.National + 1), after.Versions);
        Assert.Equal<DesignatedInstitution>(replacement.Institutions, (await Grains.ReadRegisterAsync(Okayama, Year)).Institutions);

        await AssertRollupConsistentAsync();
    }

    [Fact]
    public async Task An_unchanged_resubmission_reports_no_change_and_bumps_no_version()
    {
        await Grains.SubmitRegisterAsync(Okayama, Year, FirstRegister.Build());
        var before = await LevelsAsync(Okayama);
        var same = FirstRegister.Build();
        var prefecture = Prefecture(Okayama);

        var results = new[]
        {
            await prefecture.SubmitAreasAsync(Year, same.Areas, TestAttribution.EditorOf(prefecture)),
            await prefecture.SubmitHubsAsync(Year, same.Hubs, TestAttribution.EditorOf(prefecture)),
            await prefecture.SubmitDesignationsAsync(Year, same.Institutions, TestAttribution.EditorOf(prefecture)),
        };

        Assert.All(results, result =>
        {
            Assert.Empty(result.Errors);
            Assert.False(result.Changed);
            Assert.Equal(before.Prefecture!.Version, result.Totals!.Version);
        });
        var after = await LevelsAsync(Okayama);
        Assert.Equal(before.Versions, after.Versions);
        Assert.Equal(before.Figures, after.Figures);
        Assert.Equal(before.All.Select(l => l!.AsOf), after.All.Select(l => l!.AsOf));

        await AssertRollupConsistentAsync();
    }
}
