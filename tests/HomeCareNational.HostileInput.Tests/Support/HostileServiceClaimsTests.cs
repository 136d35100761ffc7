using HomeCareNational.DemoData;

namespace HomeCareNational.HostileInput.Tests.Support;

/// <summary>
/// The registers the hostile cases write in <see cref="HostileService"/>, as their attributes claim them
/// (<see cref="TestDataClaims"/>): none is the demo's, which the hostile writes aim at and must leave as it was.
/// </summary>
public sealed class HostileServiceClaimsTests
{
    [Fact]
    public void No_two_owners_in_the_hostile_service_claim_the_same_register_or_round() =>
        Assert.Empty(TestDataClaims.Overlaps(
            typeof(HostileService).Assembly, HostileService.Name, TestDataClaim.WholeYear("the demo register", DemoRegister.FiscalYear)));
}
