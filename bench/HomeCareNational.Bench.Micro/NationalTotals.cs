using HomeCareNational.DemoData;
using HomeCareNational.Domain.Summaries;

namespace HomeCareNational.Bench.Micro;

/// <summary>The demo's national totals as the national grain holds them: one snapshot per fiscal year.</summary>
internal static class NationalTotals
{
    public static TotalsSnapshot[] Years() =>
    [
        new(DemoRegister.FiscalYear, RegisterTotals.Sum(DemoRegister.Generate().Values.Select(RegisterTotals.Of)), 141, DateTimeOffset.UtcNow),
    ];
}
