using Microsoft.Extensions.Time.Testing;

namespace HomeCareNational.Grains.Tests.Cluster;

/// <summary>The test clock of clusters started with one (<see cref="HomeCareCluster.StartAsync(string, string, short, bool)"/>).</summary>
public sealed class TestClockConfigurator() : ClockConfigurator(Clock)
{
    /// <summary>The clock every silo of a cluster started with the test clock reads.</summary>
    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 6, 1, 9, 0, 0, TimeSpan.FromHours(9)));
}
