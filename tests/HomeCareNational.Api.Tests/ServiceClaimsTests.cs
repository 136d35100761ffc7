using HomeCareNational.DemoData;

namespace HomeCareNational.Api.Tests;

/// <summary>
/// The registers and rounds the classes of <see cref="ServiceCollection"/> write, as their attributes claim them
/// (<see cref="TestDataClaims"/>): no two classes, shared data sets or the demo load claim the same one.
/// </summary>
public sealed class ServiceClaimsTests
{
    /// <summary>What the shared service loads itself: every register of the demo year.</summary>
    public static readonly TestDataClaim Demo = TestDataClaim.WholeYear("the demo register", DemoRegister.FiscalYear);

    [Fact]
    public void No_two_owners_in_the_shared_service_claim_the_same_register_or_round() =>
        Assert.Empty(TestDataClaims.Overlaps(typeof(ServiceCollection).Assembly, ServiceCollection.Name, Demo));

    [Fact]
    public void The_shared_data_sets_are_claimed_once_for_every_class_that_writes_them()
    {
        var claims = TestDataClaims.Of(typeof(ServiceCollection).Assembly, ServiceCollection.Name);

        Assert.Single(claims, claim => claim.Owner == typeof(HandMadeRegister).FullName);
        Assert.Single(claims, claim => claim.Owner == typeof(RegisterDetail.DetailRegister).FullName);
    }
}
