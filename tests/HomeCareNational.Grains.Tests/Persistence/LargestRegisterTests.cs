using System.Collections.Immutable;
using HomeCareNational.Domain.Edits;
using HomeCareNational.Grains.PrefectureRegisters;
using HomeCareNational.Storage.AzureTable.GrainState;
using Xunit.Abstractions;

namespace HomeCareNational.Grains.Tests.Persistence;

/// <summary>
/// The largest register one fiscal year's grain can store (GrainStateLimits.MaxStateBytes of compressed state), found
/// by measuring, and what happens one step over it.
/// </summary>
public sealed class LargestRegisterTests(SharedClusterFixture fixture, ITestOutputHelper output) : SharedClusterTest(fixture)
{
    /// <summary>Institutions either side of the measured boundary: each adds about 100 compressed bytes, far more than the attribution and timestamps vary.</summary>
    private const int Margin = 5;

    private const int ImportLimitPerSubmission = RegisterValidator.MaxItemsPerSubmission;

    [Fact]
    public void Registers_with_realistic_names_fit_far_beyond_what_one_submission_may_carry()
    {
        var register = LargeRegister.WithDesignations(ImportLimitPerSubmission);
        var bytes = StoredBytes(register);
        output.WriteLine($"Realistic names: {ImportLimitPerSubmission:N0} designations take {bytes:N0} bytes stored ({JsonBytes(register):N0} bytes of JSON); the largest that fits: {LargestThatFits(LargeRegister.WithDesignations, 100_000):N0}");

        Assert.True(bytes < GrainStateLimits.MaxStateBytes);
    }

    [Fact]
    public async Task The_largest_register_that_fits_is_stored_and_one_over_it_is_refused_with_nothing_written()
    {
        var largest = LargestThatFits(LargeRegister.WithLongNames, ImportLimitPerSubmission);
        output.WriteLine($"60-kanji names: the largest register that fits has {largest:N0} designations ({StoredBytes(LargeRegister.WithLongNames(largest)):N0} bytes stored, {JsonBytes(LargeRegister.WithLongNames(largest)):N0} bytes of JSON)");
        var prefecture = Prefecture(LargeRegister.Tokyo);
        var fits = LargeRegister.WithLongNames(largest - Margin).InFiscalYear(Year);
        await Grains.SubmitRegisterAsync(LargeRegister.Tokyo, Year, fits);
        PrefectureSubmissions.AssertAccepted(await prefecture.EditAsync(Year, new ReplaceActivityReports(fits.ActivityReports), TestAttribution.EditorOf(prefecture)));
        var stored = await prefecture.GetTotalsAsync(Year);

        var over = await prefecture.SubmitDesignationsAsync(Year, LargeRegister.WithLongNames(largest + Margin).Institutions, TestAttribution.EditorOf(prefecture));

        var error = Assert.Single(over.Errors);
        Assert.Equal<string>(["register"], error.Path);
        Assert.Contains("over the limit of 737,280 bytes", error.Message);
        Assert.Equal(stored, await prefecture.GetTotalsAsync(Year));
        PrefectureSubmissions.AssertSameRegister(fits, await Grains.ReadRegisterAsync(LargeRegister.Tokyo, Year));
        var next = PrefectureSubmissions.AssertAccepted(await prefecture.SubmitDesignationsAsync(Year, fits.Institutions.RemoveAt(0), TestAttribution.EditorOf(prefecture)));
        Assert.Equal(stored!.Version + 1, next.Totals!.Version);
        Assert.Equal(stored.Version + 1, Assert.Single(await prefecture.GetRevisionsAsync(Year, next.Totals.Version, next.Totals.Version)).Version);
    }

    /// <summary>Binary search over the designation count for the largest state within the limit, measured with the service's serializer.</summary>
    private static int LargestThatFits(Func<int, PrefectureRegister> register, int most)
    {
        var (low, high) = (1, most);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = StoredBytes(register(middle)) <= GrainStateLimits.MaxStateBytes ? (middle, high) : (low, middle - 1);
        }

        return low;
    }

    private static int StoredBytes(PrefectureRegister register) =>
        new CompressedJsonGrainStorageSerializer().Serialize(StateOf(register)).ToMemory().Length;

    private static int JsonBytes(PrefectureRegister register) =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(StateOf(register), HomeCareNational.Abstractions.StoredJson.GrainState).Length;

    /// <summary>The state as the grain stores it after the test's last submission (version 4: areas, hubs, designations, reports).</summary>
    private static PrefectureRegisterState StateOf(PrefectureRegister register)
    {
        var at = DateTimeOffset.UtcNow;
        return new PrefectureRegisterState
        {
            Year = new PrefectureYear(register, 4, at) { LastChange = new RegisterChange(4, at, "submitDesignations", TestAttribution.EditorOf(LargeRegister.Tokyo)) },
            KeyedChanges = ImmutableArray<KeyedChange>.Empty,
        };
    }
}
