using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace HomeCareNational.Grains.Tests.Cluster;

/// <summary>
/// Gives a test cluster's silos one test clock instead of the system's. The silos run in the test's process, so the
/// test moves this same clock; only clusters that ask for it (<see cref="HomeCareCluster.StartAsync(string, string, short, bool)"/>) get it.
/// </summary>
public sealed class TestClockConfigurator : ISiloConfigurator
{
    /// <summary>The clock every silo of a cluster started with the test clock reads.</summary>
    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 6, 1, 9, 0, 0, TimeSpan.FromHours(9)));

    // Registered after the grains' own TryAdd of the system clock would be too late for TryAdd, and is the one resolved.
    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
}
