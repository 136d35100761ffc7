namespace HomeCareNational.Bench.Load;

/// <summary>Latencies of one scenario in milliseconds, with the percentiles the goals name.</summary>
internal sealed class Latencies
{
    private readonly List<double> samples = [];

    public int Count
    {
        get
        {
            lock (samples)
            {
                return samples.Count;
            }
        }
    }

    public void Add(TimeSpan elapsed)
    {
        lock (samples)
        {
            samples.Add(elapsed.TotalMilliseconds);
        }
    }

    /// <summary>The nearest-rank percentile (0 &lt; <paramref name="percent"/> ≤ 100).</summary>
    public double Percentile(double percent)
    {
        lock (samples)
        {
            if (samples.Count == 0)
            {
                throw new InvalidOperationException("No samples were measured.");
            }

            var sorted = samples.Order().ToArray();
            var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        }
    }
}
