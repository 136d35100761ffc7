using HomeCareNational.Host;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Api.Tests.Caching;

/// <summary>A cache setting that makes no sense stops the service at start with a message that names its key.</summary>
public sealed class CachingOptionsTests
{
    [Theory]
    [InlineData("DocumentCacheSize", "0")]
    [InlineData("DashboardMaxAge", "-00:00:01")]
    [InlineData("DashboardMaxAge", "01:00:00")]
    public async Task A_cache_setting_out_of_range_stops_the_service_naming_its_key(string key, string value)
    {
        await using var app = HomeCareApp.Build(
        [
            "--HomeCare:Storage:ConnectionString=UseDevelopmentStorage=true",
            .. TestIdentity.Arguments(),
            $"--GraphQL:Caching:{key}={value}",
        ]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains($"'GraphQL:Caching:{key}' is ", error.Message);
    }
}
