namespace HomeCareNational.Identity.Tests.Authentication;

/// <summary>The token rules must allow some lifetime and size; a bad value stops the service, naming its key.</summary>
public sealed class TokenRulesOptionsValidationTests
{
    [Fact]
    public void The_defaults_are_a_day_and_16_KiB_and_pass()
    {
        var options = new TokenRulesOptions();

        Assert.Equal(TimeSpan.FromHours(24), options.MaxLifetime);
        Assert.Equal(16 * 1024, options.MaxTokenBytes);
        Assert.True(Validate(options).Succeeded);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-01:00:00")]
    public void A_lifetime_that_is_not_positive_names_its_key(string lifetime)
    {
        var failure = Assert.Single(Validate(new TokenRulesOptions { MaxLifetime = TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture) }).Failures!);

        Assert.Contains("'TokenRules:MaxLifetime'", failure);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_size_below_one_byte_names_its_key(int bytes)
    {
        var failure = Assert.Single(Validate(new TokenRulesOptions { MaxTokenBytes = bytes }).Failures!);

        Assert.Contains("'TokenRules:MaxTokenBytes'", failure);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(TokenRulesOptions options) =>
        new TokenRulesOptionsValidator().Validate(null, options);
}
