namespace HomeCareNational.Grains.Tests.Submissions;

/// <summary>Every accepted change is kept with who made it and when; refused or unchanged submissions leave no trace.</summary>
public sealed class AttributionTests(SharedClusterFixture fixture) : SharedClusterTest(fixture)
{
    private const string Okayama = "33";

    [Fact]
    public async Task Each_accepted_change_records_its_operation_version_time_and_author()
    {
        var started = DateTimeOffset.UtcNow;
        await Grains.SubmitRegisterAsync(Okayama, Year, new RegisterBuilder(Okayama).WithAreas(1).WithHubs(1).WithDesignations(InstitutionKind.Clinic).Build());
        var systemUser = new ChangeAttribution("app-1", "岡山県 在宅医療システム", "tenant-33", Okayama, "Prefecture.Editor", true, "client-33");

        await Prefecture(Okayama).SubmitDesignationsAsync(Year, [], systemUser);

        var changes = await Prefecture(Okayama).GetRevisionsAsync(Year, 1, long.MaxValue);
        Assert.Equal(
            [(1L, "submitHomeCareAreas"), (2L, "submitCollaborationHubs"), (3L, "submitDesignations"), (4L, "submitDesignations")],
            changes.Select(c => (c.Version, c.Operation)));
        Assert.Equal((0, 0, 1), (changes[^1].Added, changes[^1].Altered, changes[^1].Removed));
        Assert.Equal(TestAttribution.EditorOf(Okayama), changes[0].By);
        Assert.Equal(systemUser, changes[^1].By);
        Assert.All(changes, c => Assert.InRange(c.At, started, DateTimeOffset.UtcNow));
        await AssertRollupConsistentAsync();
    }

    [Fact]
    public async Task Refused_and_unchanged_submissions_record_no_change()
    {
        var register = new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Clinic).Build();
        await Grains.SubmitRegisterAsync(Okayama, Year, register);
        var before = await Prefecture(Okayama).GetRevisionsAsync(Year, 1, long.MaxValue);

        await Prefecture(Okayama).SubmitDesignationsAsync(Year, register.Institutions, TestAttribution.EditorOf(Okayama));
        await Prefecture(Okayama).SubmitDesignationsAsync(Year, [register.Institutions[0] with { MunicipalityCode = "x" }], TestAttribution.EditorOf(Okayama));

        Assert.Equal<RevisionSummary>(before, await Prefecture(Okayama).GetRevisionsAsync(Year, 1, long.MaxValue));
        await AssertRollupConsistentAsync();
    }
}
