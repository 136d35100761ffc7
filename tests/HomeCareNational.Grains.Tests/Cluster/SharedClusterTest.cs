namespace HomeCareNational.Grains.Tests.Cluster;

/// <summary>
/// Base of the tests on the shared cluster. xunit creates one instance per test, so every test that asks for
/// <see cref="Year"/> gets a fiscal year of its own and its totals cannot mix with another test's; a test that never
/// asks takes none of the few years the service accepts.
/// </summary>
[Collection(SharedClusterCollection.Name)]
public abstract class SharedClusterTest(SharedClusterFixture fixture)
{
    protected IGrainFactory Grains => fixture.Grains;

    private readonly Lazy<int> year = new(() => TestFiscalYears.Next());

    /// <summary>This test's own fiscal year.</summary>
    protected int Year => year.Value;

    protected IPrefectureGrain Prefecture(string code) => Grains.GetGrain<IPrefectureGrain>(code);

    protected Task<Levels> LevelsAsync(string prefectureCode) => Levels.ReadAsync(Grains, prefectureCode, Year);

    /// <summary>Every test ends here: the totals of each level are the sums of the level below.</summary>
    protected Task AssertRollupConsistentAsync() => RollupInvariant.AssertConsistentAsync(Grains, Year);
}
