using BenchmarkDotNet.Attributes;
using HomeCareNational.Domain.Summaries;
using HomeCareNational.Grains.Aggregates;

namespace HomeCareNational.Bench.Micro;

/// <summary>
/// The totals fingerprint in every ETag (README, "Caching"): the national totals as canonical JSON, hashed with
/// SHA-256. It is the ETag's costly part; the rest hashes a few short strings.
/// </summary>
[MemoryDiagnoser]
public class ETagBenchmarks
{
    private TotalsSnapshot[] years = [];

    [GlobalSetup]
    public void Setup() => years = NationalTotals.Years();

    [Benchmark]
    public int TotalsFingerprintOfNationalTotals() => TotalsFingerprint.Of(years);
}
