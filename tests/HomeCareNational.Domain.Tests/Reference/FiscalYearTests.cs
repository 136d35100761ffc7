namespace HomeCareNational.Domain.Tests.Reference;

public sealed class FiscalYearTests
{
    [Fact]
    public void Fiscal_year_2024_is_reiwa_6_from_april_to_march()
    {
        Assert.Equal("令和6年度", FiscalYear.LabelJa(2024));
        Assert.Equal(new DateOnly(2024, 4, 1), FiscalYear.StartsOn(2024));
        Assert.Equal(new DateOnly(2025, 3, 31), FiscalYear.EndsOn(2024));
    }

    [Theory]
    [InlineData("2024-04-01", 2024)]
    [InlineData("2024-12-31", 2024)]
    [InlineData("2025-01-01", 2024)]
    [InlineData("2025-03-31", 2024)]
    [InlineData("2025-04-01", 2025)]
    [InlineData("2024-03-31", 2023)]
    public void Date_falls_in_the_fiscal_year_that_started_the_april_before(string date, int expected)
    {
        Assert.Equal(expected, FiscalYear.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(2023, false)]
    [InlineData(2024, true)]
    [InlineData(2050, true)]
    [InlineData(2051, false)]
    public void Supported_years_run_from_the_8th_plan_to_2050(int year, bool supported)
    {
        Assert.Equal(supported, FiscalYear.IsSupported(year));
    }
}
