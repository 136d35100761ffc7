using Microsoft.Extensions.Options;

namespace HomeCareNational.Identity.Tests.Development;

/// <summary>The development issuer is off unless enabled, refused in Production, and needs a real key.</summary>
public sealed class DevelopmentIssuerOptionsValidationTests
{
    [Fact]
    public void It_is_off_by_default_and_then_needs_nothing_even_in_Production()
    {
        var options = new DevelopmentIssuerOptions();

        Assert.False(options.Enabled);
        Assert.True(Validate(options, TestEnvironment.Production).Succeeded);
    }

    [Fact]
    public void Enabled_in_Production_is_refused_naming_the_key()
    {
        var failure = Assert.Single(Validate(DevelopmentKeys.Enabled(), TestEnvironment.Production).Failures!);

        Assert.StartsWith("Configuration key 'DevelopmentIssuer:Enabled' is true in the Production environment", failure);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void Enabled_with_a_256_bit_key_outside_Production_passes(string environment)
    {
        Assert.True(Validate(DevelopmentKeys.Enabled(), new TestEnvironment(environment)).Succeeded);
    }

    [Fact]
    public void A_missing_key_names_its_key()
    {
        var failure = Assert.Single(Validate(DevelopmentKeys.Enabled(key: ""), TestEnvironment.Development).Failures!);

        Assert.StartsWith("Configuration key 'DevelopmentIssuer:SigningKey' is missing", failure);
    }

    [Fact]
    public void A_short_key_names_its_key_and_its_size_but_not_its_value()
    {
        var key = DevelopmentKeys.NewKey(bytes: 16);

        var failure = Assert.Single(Validate(DevelopmentKeys.Enabled(key), TestEnvironment.Development).Failures!);

        Assert.StartsWith("Configuration key 'DevelopmentIssuer:SigningKey' is a 128-bit key", failure);
        Assert.DoesNotContain(key, failure);
    }

    [Fact]
    public void A_key_that_is_not_base64_names_its_key()
    {
        var failure = Assert.Single(Validate(DevelopmentKeys.Enabled("not base64 at all!"), TestEnvironment.Development).Failures!);

        Assert.Equal("Configuration key 'DevelopmentIssuer:SigningKey' is not base64.", failure);
    }

    [Fact]
    public void An_issuer_that_is_not_an_absolute_URI_names_its_key()
    {
        var options = DevelopmentKeys.Enabled();
        options.Issuer = "homecare-dev";

        var failure = Assert.Single(Validate(options, TestEnvironment.Development).Failures!);

        Assert.StartsWith("Configuration key 'DevelopmentIssuer:Issuer' is 'homecare-dev'", failure);
    }

    private static ValidateOptionsResult Validate(DevelopmentIssuerOptions options, TestEnvironment environment) =>
        new DevelopmentIssuerOptionsValidator(environment).Validate(null, options);
}
