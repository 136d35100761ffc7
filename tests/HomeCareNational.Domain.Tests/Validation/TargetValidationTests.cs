namespace HomeCareNational.Domain.Tests.Validation;

public sealed class TargetValidationTests
{
    [Theory]
    [InlineData("01", 2024)]
    [InlineData("33", 2024)]
    [InlineData("47", 2050)]
    public void Known_prefecture_and_kept_year_are_accepted(string prefecture, int fiscalYear)
    {
        Assert.Empty(RegisterValidator.ValidateTarget(prefecture, fiscalYear));
    }

    [Theory]
    [InlineData("48")]
    [InlineData("00")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData("033")]
    public void Unknown_prefecture_is_reported_quoting_the_code(string prefecture)
    {
        var error = Assert.Single(RegisterValidator.ValidateTarget(prefecture, 2024));

        Assert.Equal("prefecture", error.Field);
        Assert.Contains($"prefecture \"{prefecture}\"", error.Message);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2051)]
    public void Year_the_service_does_not_keep_is_reported(int fiscalYear)
    {
        var error = Assert.Single(RegisterValidator.ValidateTarget("33", fiscalYear));

        Assert.Equal("fiscalYear", error.Field);
        Assert.Contains($"fiscalYear {fiscalYear} ", error.Message);
        Assert.Contains("2024 to 2050", error.Message);
    }

    [Fact]
    public void Both_problems_are_reported_at_once()
    {
        var fields = RegisterValidator.ValidateTarget("48", 2023).Select(e => e.Field);

        Assert.Equal(["prefecture", "fiscalYear"], fields);
    }
}
