using HomeCareNational.Grains.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Grains.Tests.Idempotency;

public sealed class IdempotencyOptionsTests
{
    private readonly IdempotencyOptionsValidator validator = new();

    [Fact]
    public void The_defaults_keep_keys_24_hours_and_claims_2_minutes_and_are_valid()
    {
        var options = new IdempotencyOptions();

        Assert.Equal(TimeSpan.FromHours(24), options.Retention);
        Assert.Equal(TimeSpan.FromMinutes(2), options.InFlightTimeout);
        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void A_retention_shorter_than_24_hours_is_refused_naming_its_key()
    {
        var result = validator.Validate(null, new IdempotencyOptions { Retention = TimeSpan.FromHours(23) });

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Configuration key 'HomeCare:Idempotency:Retention' is 23:00:00; it must be at least 1.00:00:00", failure);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    public void An_in_flight_timeout_that_is_not_positive_is_refused_naming_its_key(string timeout)
    {
        var result = validator.Validate(null, new IdempotencyOptions { InFlightTimeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture) });

        var failure = Assert.Single(result.Failures!);
        Assert.Equal($"Configuration key 'HomeCare:Idempotency:InFlightTimeout' is {timeout}; it must be more than 00:00:00.", failure);
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once()
    {
        var result = validator.Validate(null, new IdempotencyOptions { Retention = TimeSpan.Zero, InFlightTimeout = TimeSpan.Zero });

        Assert.Collection(
            result.Failures!,
            f => Assert.Contains("'HomeCare:Idempotency:Retention'", f),
            f => Assert.Contains("'HomeCare:Idempotency:InFlightTimeout'", f));
    }

    [Fact]
    public void The_silo_binds_the_options_from_their_configuration_section()
    {
        using var host = UnstartedSilo.Build(new()
        {
            ["HomeCare:Idempotency:Retention"] = "2.00:00:00",
            ["HomeCare:Idempotency:InFlightTimeout"] = "00:00:30",
        });

        var options = host.Services.GetRequiredService<IOptions<IdempotencyOptions>>().Value;

        Assert.Equal(TimeSpan.FromDays(2), options.Retention);
        Assert.Equal(TimeSpan.FromSeconds(30), options.InFlightTimeout);
    }

    [Fact]
    public void The_silo_validates_the_options_at_start_up()
    {
        using var host = UnstartedSilo.Build(new() { ["HomeCare:Idempotency:Retention"] = "01:00:00" });

        var exception = Assert.Throws<OptionsValidationException>(host.ValidateOptions);

        Assert.Contains("Configuration key 'HomeCare:Idempotency:Retention' is 01:00:00", exception.Message);
    }
}
