using System.Text.Json;
using BenchmarkDotNet.Attributes;
using HomeCareNational.Domain.Summaries;

namespace HomeCareNational.Bench.Micro;

/// <summary>The national totals snapshot to JSON (System.Text.Json, as grain storage and the fingerprint write it).</summary>
[MemoryDiagnoser]
public class TotalsSerializationBenchmarks
{
    private TotalsSnapshot national = null!;

    [GlobalSetup]
    public void Setup() => national = NationalTotals.Years()[0];

    [Benchmark]
    public byte[] SerializeNationalTotals() => JsonSerializer.SerializeToUtf8Bytes(national);
}
