using HomeCareNational.DemoData.Generation;

namespace HomeCareNational.DemoData;

/// <summary>
/// A synthetic history of fiscal year 2025 (令和7年度) on top of <see cref="DemoRegister"/>: every prefecture opens the
/// year from its demo FY2024 register on the year's first day, then the prefectures with non-clinical designations
/// review some of them month by month — withdrawn, replaced by a newly designated clinic, or kept with a reason — so
/// the trend of the review has a shape. Invented like the register; always show <see cref="DemoRegister.Label"/> with it.
/// </summary>
public static class DemoHistory
{
    public const int FiscalYear = DemoRegister.FiscalYear + 1;

    /// <summary>The year's months, April to March: every edit falls in one of them (<see cref="DemoHistoryEdit.Month"/>).</summary>
    public const int Months = 12;

    /// <summary>When every prefecture opens the year: its first instant in Japan, so a trend of the year starts with it.</summary>
    public static readonly DateTimeOffset OpenedAt = new(2025, 4, 1, 0, 0, 0, ReviewHistoryBuilder.Japan);

    // Generation is deterministic, so one result can serve every caller.
    private static readonly Lazy<ImmutableArray<DemoHistoryEdit>> Cached = new(() => ReviewHistoryBuilder.Build(DemoRegister.Generate()));

    /// <summary>Every edit after the opening, in the order of their times; the same on every call and every run.</summary>
    public static ImmutableArray<DemoHistoryEdit> Edits() => Cached.Value;
}
