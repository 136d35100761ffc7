namespace HomeCareNational.Grains.Tests.Support;

/// <summary>
/// Hands each test a fiscal year of its own, so tests sharing one cluster never see each other's totals.
/// Starts well after the current years and fails loudly rather than leave the years the service accepts.
/// </summary>
public static class TestFiscalYears
{
    private const int First = FiscalYear.First;

    private static int last = First - 1;

    public static int Next()
    {
        var year = Interlocked.Increment(ref last);
        return FiscalYear.IsSupported(year)
            ? year
            : throw new InvalidOperationException(
                $"The tests need more fiscal years than {First}..{FiscalYear.Last}; start {nameof(TestFiscalYears)} earlier.");
    }
}
