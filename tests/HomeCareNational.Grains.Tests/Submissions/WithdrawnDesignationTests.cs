namespace HomeCareNational.Grains.Tests.Submissions;

public sealed class WithdrawnDesignationTests(SharedClusterFixture fixture) : SharedClusterTest(fixture)
{
    private const string Okayama = "33";

    [Fact]
    public async Task Withdrawn_designations_are_stored_but_not_counted()
    {
        var register = new RegisterBuilder(Okayama)
            .WithAreas(1)
            .WithDesignations(InstitutionKind.HomeCareSupportClinic, InstitutionKind.Pharmacy)
            .WithWithdrawnDesignation(InstitutionKind.VisitingNurseStation)
            .Build();

        await Grains.SubmitRegisterAsync(Okayama, Year, register);

        var stored = await Grains.ReadRegisterAsync(Okayama, Year);
        Assert.Equal<DesignatedInstitution>(register.Institutions, stored.Institutions);
        Assert.Equal(DesignationStatus.Withdrawn, stored.Institutions[2].Status);
        var expected = new Figures(2, 1, 1, "HomeCareSupportClinic=1, Pharmacy=1", Hubs: 0, Areas: 1, Prefectures: 1);
        Assert.Equal((expected, expected, expected), (await LevelsAsync(Okayama)).Figures);

        await AssertRollupConsistentAsync();
    }

    [Fact]
    public async Task Withdrawing_a_designation_lowers_the_totals_at_every_level()
    {
        var register = new RegisterBuilder(Okayama)
            .WithAreas(1)
            .WithDesignations(InstitutionKind.HomeCareSupportClinic, InstitutionKind.Pharmacy)
            .Build();
        await Grains.SubmitRegisterAsync(Okayama, Year, register);
        var withdrawn = register with
        {
            Institutions = Lists.Replace(register.Institutions, 1, i => i with { Status = DesignationStatus.Withdrawn }),
        };

        await Grains.SubmitDesignationsAsync(Okayama, Year, withdrawn);

        Assert.Equal(2, (await Grains.ReadRegisterAsync(Okayama, Year)).Institutions.Length);
        var expected = new Figures(1, 1, 0, "HomeCareSupportClinic=1", Hubs: 0, Areas: 1, Prefectures: 1);
        Assert.Equal((expected, expected, expected), (await LevelsAsync(Okayama)).Figures);

        await AssertRollupConsistentAsync();
    }
}
