using HomeCareNational.Grains.Retention;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Grains.Tests.Retention;

public sealed class RetentionOptionsTests
{
    [Fact]
    public void The_default_sweeps_hourly_and_is_valid()
    {
        var options = new RetentionOptions();

        Assert.Equal(TimeSpan.FromHours(1), options.SweepPeriod);
        Assert.True(new RetentionOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void A_period_shorter_than_a_reminder_can_tick_stops_the_silo_at_start_up_naming_the_key()
    {
        using var host = UnstartedSilo.Build(new() { ["HomeCare:Retention:SweepPeriod"] = "00:00:30" });

        var exception = Assert.Throws<OptionsValidationException>(host.ValidateOptions);

        Assert.Contains("Configuration key 'HomeCare:Retention:SweepPeriod' is 00:00:30", exception.Message);
    }
}
