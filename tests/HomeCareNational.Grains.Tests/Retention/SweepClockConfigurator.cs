using HomeCareNational.Grains.Tests.Cluster;
using Microsoft.Extensions.Time.Testing;

namespace HomeCareNational.Grains.Tests.Retention;

/// <summary>A test clock for the retention sweep's cluster only: <see cref="TestClockConfigurator"/>'s is moved by other tests running beside it.</summary>
public sealed class SweepClockConfigurator() : ClockConfigurator(Clock)
{
    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2031, 1, 6, 9, 0, 0, TimeSpan.FromHours(9)));
}
