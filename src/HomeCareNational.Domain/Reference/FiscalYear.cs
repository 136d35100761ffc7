using System.Globalization;

namespace HomeCareNational.Domain.Reference;

/// <summary>A Japanese fiscal year (年度), April to March, named by the calendar year it starts in.</summary>
public static class FiscalYear
{
    /// <summary>The first fiscal year of the 8th Medical Care Plan, when designations began.</summary>
    public const int First = 2024;

    /// <summary>The last fiscal year the service accepts; far enough ahead for planning, close enough to catch typos.</summary>
    public const int Last = 2050;

    public static bool IsSupported(int year) => year is >= First and <= Last;

    /// <summary>First day, e.g. 2024-04-01 for FY2024.</summary>
    public static DateOnly StartsOn(int year) => new(year, 4, 1);

    /// <summary>Last day, e.g. 2025-03-31 for FY2024.</summary>
    public static DateOnly EndsOn(int year) => new(year + 1, 3, 31);

    /// <summary>The fiscal year a date falls in.</summary>
    public static int Of(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    /// <summary>Japanese era label, e.g. 令和6年度 for 2024.</summary>
    public static string LabelJa(int year) => string.Create(CultureInfo.InvariantCulture, $"令和{year - 2018}年度");
}
