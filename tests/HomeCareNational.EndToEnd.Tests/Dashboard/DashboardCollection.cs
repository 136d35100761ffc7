namespace HomeCareNational.EndToEnd.Tests.Dashboard;

/// <summary>The dashboard's browser tests share one running service and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Dashboard";
}
