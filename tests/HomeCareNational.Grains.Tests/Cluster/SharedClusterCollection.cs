namespace HomeCareNational.Grains.Tests.Cluster;

/// <summary>The tests that share <see cref="SharedClusterFixture"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedClusterCollection : ICollectionFixture<SharedClusterFixture>
{
    public const string Name = "Shared cluster";
}
