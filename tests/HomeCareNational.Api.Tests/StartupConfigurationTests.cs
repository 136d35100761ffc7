using HomeCareNational.Host;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Api.Tests;

/// <summary>Bad configuration stops the service at start with a message that names the key.</summary>
public sealed class StartupConfigurationTests
{
    private const string Storage = "--ConnectionStrings:HomeCareStorage=UseDevelopmentStorage=true";

    [Fact]
    public void A_missing_storage_connection_string_names_its_key()
    {
        var error = Assert.Throws<OptionsValidationException>(() => HomeCareApp.Build(["--ConnectionStrings:HomeCareStorage="]));

        Assert.Contains("ConnectionStrings:HomeCareStorage", error.Message);
    }

    [Fact]
    public void A_region_grouping_that_leaves_out_a_prefecture_names_the_section_and_the_prefecture()
    {
        string[] grouping =
        [
            "--HomeCare:RegionGrouping:Name=two-halves",
            "--HomeCare:RegionGrouping:Regions:0:Code=east",
            .. Enumerable.Range(1, 23).Select(n => $"--HomeCare:RegionGrouping:Regions:0:PrefectureCodes:{n - 1}={n:D2}"),
            "--HomeCare:RegionGrouping:Regions:1:Code=west",
            .. Enumerable.Range(24, 23).Select(n => $"--HomeCare:RegionGrouping:Regions:1:PrefectureCodes:{n - 24}={n:D2}"),
        ];

        var error = Assert.Throws<OptionsValidationException>(() => HomeCareApp.Build([Storage, .. grouping]));

        Assert.Contains("HomeCare:RegionGrouping", error.Message);
        Assert.Contains("prefecture '47'", error.Message);
    }
}
