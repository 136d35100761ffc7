namespace HomeCareNational.Grains.Tests.Submissions;

public sealed class RejectionTests(SharedClusterFixture fixture) : SharedClusterTest(fixture)
{
    private const string Okayama = "33";

    private static readonly PrefectureRegister Valid = new RegisterBuilder(Okayama)
        .WithAreas(2)
        .WithHubs(1)
        .WithDesignations(InstitutionKind.HomeCareSupportClinic, InstitutionKind.Hospital, InstitutionKind.Pharmacy)
        .Build();

    private static readonly Dictionary<string, InvalidSubmission> Invalid = new()
    {
        ["designation in another prefecture's municipality"] = new(
            "institutions[1].municipalityCode",
            "\"34101\"",
            (prefecture, year) => prefecture.SubmitDesignationsAsync(
                year, Lists.Replace(Valid.Institutions, 1, i => i with { MunicipalityCode = "34101" }), TestAttribution.EditorOf(prefecture))),
        ["hub covering an area that was never submitted"] = new(
            "hubs[0].areaIds[0]",
            "\"A9\"",
            (prefecture, year) => prefecture.SubmitHubsAsync(
                year, Lists.Replace(Valid.Hubs, 0, h => h with { AreaIds = ["A9"] }), TestAttribution.EditorOf(prefecture))),
        ["area with a four-digit municipality code"] = new(
            "areas[1].municipalityCodes[0]",
            "\"3310\"",
            (prefecture, year) => prefecture.SubmitAreasAsync(
                year, Lists.Replace(Valid.Areas, 1, a => a with { MunicipalityCodes = ["3310"] }), TestAttribution.EditorOf(prefecture))),
    };

    public static TheoryData<string> InvalidSubmissions => [.. Invalid.Keys];

    [Theory]
    [MemberData(nameof(InvalidSubmissions))]
    public async Task Invalid_input_is_rejected_naming_the_field_and_the_value_and_changes_nothing(string submission)
    {
        var invalid = Invalid[submission];
        await Grains.SubmitRegisterAsync(Okayama, Year, Valid);
        var before = await LevelsAsync(Okayama);

        var result = await invalid.SubmitAsync(Prefecture(Okayama), Year);

        Assert.False(result.Accepted);
        Assert.False(result.Changed);
        Assert.Null(result.Totals);
        var error = Assert.Single(result.Errors);
        Assert.Equal(invalid.Field, error.Field);
        Assert.Contains(invalid.QuotedValue, error.Message, StringComparison.Ordinal);
        await AssertUntouchedAsync(before, Valid);
        await AssertRollupConsistentAsync();
    }

    [Fact]
    public async Task Removing_an_area_still_used_by_a_designation_is_refused()
    {
        var register = new RegisterBuilder(Okayama).WithAreas(2).WithDesignations(InstitutionKind.Clinic, InstitutionKind.Clinic).Build();
        var inSecondArea = register with
        {
            Institutions = Lists.Replace(register.Institutions, 1, i => i with { HomeCareAreaId = "A2" }),
        };
        await Grains.SubmitRegisterAsync(Okayama, Year, inSecondArea);
        var before = await LevelsAsync(Okayama);

        var result = await Prefecture(Okayama).SubmitAreasAsync(Year, [register.Areas[0]], TestAttribution.EditorOf(Okayama));

        var error = Assert.Single(result.Errors);
        Assert.Equal("areas", error.Field);
        Assert.Contains("\"A2\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(inSecondArea.Institutions[1].InstitutionCode, error.Message, StringComparison.Ordinal);
        await AssertUntouchedAsync(before, inSecondArea);

        // Once nothing uses the area any more, the same removal goes through.
        await Grains.SubmitDesignationsAsync(Okayama, Year, register);
        PrefectureSubmissions.AssertAccepted(await Prefecture(Okayama).SubmitAreasAsync(Year, [register.Areas[0]], TestAttribution.EditorOf(Okayama)));
        Assert.Equal(1, Figures.Of((await LevelsAsync(Okayama)).National).Areas);

        await AssertRollupConsistentAsync();
    }

    /// <summary>Same versions and figures at all three levels, and the same register.</summary>
    private async Task AssertUntouchedAsync(Levels before, PrefectureRegister register)
    {
        var after = await LevelsAsync(Okayama);
        Assert.Equal(before.Versions, after.Versions);
        Assert.Equal(before.Figures, after.Figures);
        PrefectureSubmissions.AssertSameRegister(register, await Grains.ReadRegisterAsync(Okayama, Year));
    }

    private sealed record InvalidSubmission(string Field, string QuotedValue, Func<IPrefectureGrain, int, Task<SubmissionResult>> SubmitAsync);
}
