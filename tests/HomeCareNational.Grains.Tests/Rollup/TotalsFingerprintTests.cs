using HomeCareNational.Grains.Aggregates;

namespace HomeCareNational.Grains.Tests.Rollup;

/// <summary>The fingerprint behind ETags depends on the totals' values only, so every silo and every activation agree.</summary>
public sealed class TotalsFingerprintTests
{
    private static readonly DateTimeOffset At = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly RegisterTotals Counted =
        RegisterTotals.Of(new RegisterBuilder("33").WithAreas(2).WithHubs(1).WithDesignations(InstitutionKind.HomeCareBackupHospital).Build());

    [Fact]
    public void Equal_totals_with_their_counts_filled_in_another_order_have_the_same_fingerprint()
    {
        var reversed = Counted with
        {
            Designations = Counted.Designations with { ByKind = Counted.Designations.ByKind.Reverse().ToDictionary() },
            HubsByOperatorKind = Counted.HubsByOperatorKind.Reverse().ToDictionary(),
        };

        Assert.Equal(TotalsFingerprint.Of([new(2024, Counted, 3, At)]), TotalsFingerprint.Of([new(2024, reversed, 3, At)]));
    }

    [Fact]
    public void A_recount_with_the_same_version_changes_the_fingerprint()
    {
        var recounted = Counted with { AreasWithoutHub = Counted.AreasWithoutHub + 1 };

        Assert.NotEqual(TotalsFingerprint.Of([new(2024, Counted, 3, At)]), TotalsFingerprint.Of([new(2024, recounted, 3, At)]));
    }
}
