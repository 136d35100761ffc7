using HomeCareNational.Application.Reads;

namespace HomeCareNational.Application.Tests.Reads;

/// <summary>The instants of a trend (no service).</summary>
public sealed class TrendInstantsTests
{
    [Fact]
    public void Instants_are_evenly_spaced_from_the_first_to_the_last_in_UTC()
    {
        var from = new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));

        var instants = TrendInstants.Between(from, from.AddHours(3), 4);

        Assert.Equal(
            [from.AddHours(0), from.AddHours(1), from.AddHours(2), from.AddHours(3)],
            instants);
        Assert.All(instants, i => Assert.Equal(TimeSpan.Zero, i.Offset));
    }

    [Fact]
    public void A_span_that_does_not_divide_evenly_still_ends_exactly_at_the_last_instant()
    {
        var from = DateTimeOffset.UnixEpoch;
        var to = from.AddTicks(10);

        Assert.Equal([0L, 3, 6, 10], TrendInstants.Between(from, to, 4).Select(i => (i - from).Ticks));
    }
}
