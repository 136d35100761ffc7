namespace HomeCareNational.Application.Reads;

/// <summary>The instants of a trend: evenly spaced from one instant to another, both included.</summary>
public static class TrendInstants
{
    public const int MinPoints = 2;
    public const int MaxPoints = 100;
    public const int DefaultPoints = 12;

    /// <summary><paramref name="points"/> instants from <paramref name="from"/> to <paramref name="to"/>, in order, in UTC; the first is <paramref name="from"/> and the last <paramref name="to"/>.</summary>
    public static IReadOnlyList<DateTimeOffset> Between(DateTimeOffset from, DateTimeOffset to, int points)
    {
        (from, to) = (from.ToUniversalTime(), to.ToUniversalTime());
        ArgumentOutOfRangeException.ThrowIfLessThan(points, MinPoints);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(points, MaxPoints);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        var span = (to - from).Ticks;
        // Each instant from the whole span, never by adding up a rounded step, so rounding never drifts.
        return [.. Enumerable.Range(0, points).Select(i => i == points - 1 ? to : from.AddTicks((long)((Int128)span * i / (points - 1))))];
    }
}
