using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace HomeCareNational.Grains.Tests.Cluster;

/// <summary>
/// Gives a test cluster's silos one test clock instead of the system's. The silos run in the test's process, so the
/// test moves this same clock; only clusters that add a subclass get it, and each subclass is one clock of its own.
/// </summary>
public abstract class ClockConfigurator(FakeTimeProvider clock) : ISiloConfigurator
{
    // Registered after the grains' own TryAdd of the system clock would be too late for TryAdd, and is the one resolved.
    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.Services.AddSingleton<TimeProvider>(clock);
}
