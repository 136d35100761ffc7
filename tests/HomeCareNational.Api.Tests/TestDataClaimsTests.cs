namespace HomeCareNational.Api.Tests;

/// <summary>The registry check itself, over sample classes of a collection no test runs in.</summary>
public sealed class TestDataClaimsTests
{
    private const string Samples = "claims samples";

    [Fact]
    public void Two_classes_claiming_one_register_are_named_together()
    {
        var overlaps = TestDataClaims.Overlaps(typeof(TestDataClaimsTests).Assembly, Samples);

        Assert.Contains($"{typeof(OkayamaFY2030).FullName} claims prefecture 33 in FY2030 and {typeof(WholeFY2030).FullName} claims every register of FY2030, in the collection '{Samples}'.", overlaps);
        Assert.Contains(overlaps, overlap => overlap.Contains(nameof(OkayamaFY2030), StringComparison.Ordinal) && overlap.Contains(nameof(SharedOkayama), StringComparison.Ordinal));
        Assert.Equal(2, overlaps.Count(overlap => overlap.Contains(nameof(WholeFY2030), StringComparison.Ordinal) && overlap.Contains(nameof(SharedOkayama), StringComparison.Ordinal)));
        Assert.Contains(overlaps, overlap => overlap.Contains("the reporting round of FY2031", StringComparison.Ordinal));
        Assert.Equal(5, overlaps.Count);
    }

    [Fact]
    public void Another_prefecture_another_year_or_a_round_beside_a_register_is_no_overlap()
    {
        var hiroshima = new TestDataClaim("a", TestDataKind.Register, 2030, "34");

        Assert.False(hiroshima.Overlaps(new TestDataClaim("b", TestDataKind.Register, 2030, "33")));
        Assert.False(hiroshima.Overlaps(new TestDataClaim("b", TestDataKind.Register, 2031, "34")));
        Assert.False(hiroshima.Overlaps(new TestDataClaim("b", TestDataKind.Round, 2030)));
        Assert.True(hiroshima.Overlaps(TestDataClaim.WholeYear("b", 2030)));
    }

    [WritesRegisters(2030, "33")]
    [OpensRound(2031)]
    [Collection(Samples)]
    public sealed class OkayamaFY2030;

    [WritesRegisters(2030)]
    [OpensRound(2031)]
    [Collection(Samples)]
    public sealed class WholeFY2030;

    /// <summary>Claimed through a data set it shares: the data set is the owner named.</summary>
    [SharesRegisters(typeof(SharedOkayama))]
    [Collection(Samples)]
    public sealed class SharingClass;

    [WritesRegisters(2030, "33", "34")]
    public static class SharedOkayama;
}
