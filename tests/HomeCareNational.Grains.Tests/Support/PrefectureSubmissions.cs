namespace HomeCareNational.Grains.Tests.Support;

/// <summary>Submitting whole registers the way a prefecture does: areas, then hubs, then designations.</summary>
public static class PrefectureSubmissions
{
    /// <summary>Submits the three parts in order, asserting each is accepted; returns the designations' result.</summary>
    public static async Task<SubmissionResult> SubmitRegisterAsync(
        this IGrainFactory grains, string prefectureCode, int fiscalYear, PrefectureRegister register)
    {
        var prefecture = grains.GetGrain<IPrefectureGrain>(prefectureCode);
        AssertAccepted(await prefecture.SubmitAreasAsync(fiscalYear, register.Areas, TestAttribution.EditorOf(prefectureCode)));
        AssertAccepted(await prefecture.SubmitHubsAsync(fiscalYear, register.Hubs, TestAttribution.EditorOf(prefectureCode)));
        return AssertAccepted(await prefecture.SubmitDesignationsAsync(fiscalYear, register.Institutions, TestAttribution.EditorOf(prefectureCode)));
    }

    public static async Task<SubmissionResult> SubmitDesignationsAsync(
        this IGrainFactory grains, string prefectureCode, int fiscalYear, PrefectureRegister register) =>
        AssertAccepted(await grains.GetGrain<IPrefectureGrain>(prefectureCode).SubmitDesignationsAsync(fiscalYear, register.Institutions, TestAttribution.EditorOf(prefectureCode)));

    public static async Task<PrefectureRegister> ReadRegisterAsync(this IGrainFactory grains, string prefectureCode, int fiscalYear) =>
        await grains.GetGrain<IPrefectureGrain>(prefectureCode).GetRegisterAsync(fiscalYear)
            ?? throw new Xunit.Sdk.XunitException($"Prefecture {prefectureCode} has no register for fiscal year {fiscalYear}.");

    public static SubmissionResult AssertAccepted(SubmissionResult result)
    {
        Assert.Empty(result.Errors);
        Assert.NotNull(result.Totals);
        return result;
    }

    /// <summary>
    /// Asserts two registers hold the same records in the same order. <see cref="PrefectureRegister"/> compares
    /// its arrays by reference, so the arrays are compared element by element.
    /// </summary>
    public static void AssertSameRegister(PrefectureRegister expected, PrefectureRegister actual)
    {
        Assert.Equal<HomeCareArea>(expected.Areas, actual.Areas);
        Assert.Equal<CollaborationHub>(expected.Hubs, actual.Hubs);
        Assert.Equal<DesignatedInstitution>(expected.Institutions, actual.Institutions);
    }
}
