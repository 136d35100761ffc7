namespace HomeCareNational.Grains.Tests.Support;

/// <summary>
/// Hands each test a fiscal year of its own, so tests sharing one cluster never see each other's totals.
/// Starts well after the current years and fails loudly rather than leave the years the service accepts.
/// </summary>
public static class TestFiscalYears
{
    private const int First = FiscalYear.First;

    private static int last = First - 1;

    /// <summary>The first of <paramref name="count"/> consecutive fiscal years no other test has.</summary>
    public static int Next(int count = 1)
    {
        var end = Interlocked.Add(ref last, count);
        return FiscalYear.IsSupported(end)
            ? end - count + 1
            : throw new InvalidOperationException(
                $"The tests need more fiscal years than {First}..{FiscalYear.Last}; start {nameof(TestFiscalYears)} earlier.");
    }
}
