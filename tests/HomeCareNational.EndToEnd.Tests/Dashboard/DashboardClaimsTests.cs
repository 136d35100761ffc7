namespace HomeCareNational.EndToEnd.Tests.Dashboard;

/// <summary>
/// The registers the browser tests of <see cref="DashboardCollection"/> change, as their attributes claim them
/// (<see cref="TestDataClaims"/>): each changes a demo register of its own. The demo itself is not a claim here, since
/// changing what the dashboard shows of it is the point of these tests.
/// </summary>
public sealed class DashboardClaimsTests
{
    [Fact]
    public void No_two_browser_test_classes_change_the_same_register() =>
        Assert.Empty(TestDataClaims.Overlaps(typeof(DashboardCollection).Assembly, DashboardCollection.Name));

    [Fact]
    public void The_browser_tests_that_change_a_register_claim_it() =>
        Assert.Equal(2, TestDataClaims.Of(typeof(DashboardCollection).Assembly, DashboardCollection.Name).Count);
}
