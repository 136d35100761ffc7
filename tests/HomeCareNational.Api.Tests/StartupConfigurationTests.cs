using System.Security.Cryptography;
using HomeCareNational.Host;
using HomeCareNational.Storage.AzureTable;
using HomeCareNational.Storage.AzureTable.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Api.Tests;

/// <summary>Bad configuration stops the service at start with a message that names the key.</summary>
public sealed class StartupConfigurationTests
{
    private const string Storage = "--HomeCare:Storage:ConnectionString=UseDevelopmentStorage=true";

    [Fact]
    public void A_missing_storage_account_names_both_keys()
    {
        var error = Assert.Throws<OptionsValidationException>(() => HomeCareApp.Build(["--HomeCare:Storage:ConnectionString="]));

        Assert.Contains("'HomeCare:Storage:ConnectionString' is empty, and so is TableEndpoint", error.Message);
    }

    [Theory]
    [InlineData("http://myaccount.table.core.windows.net/", "must be an https URI")]
    [InlineData("myaccount.table.core.windows.net", "is not an absolute URI")]
    public void A_bad_table_endpoint_stops_the_service_naming_the_key(string endpoint, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => HomeCareApp.Build([$"--HomeCare:Storage:TableEndpoint={endpoint}"]));

        Assert.Contains($"'HomeCare:Storage:TableEndpoint' {expected}", error.Message);
    }

    [Fact]
    public void A_connection_string_and_a_table_endpoint_together_are_refused()
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => HomeCareApp.Build([Storage, "--HomeCare:Storage:TableEndpoint=https://myaccount.table.core.windows.net/"]));

        Assert.Contains("'HomeCare:Storage:TableEndpoint' is set, and so is ConnectionString: set only one of them", error.Message);
    }

    [Fact]
    public void The_connection_string_key_of_earlier_releases_is_refused_naming_its_successor()
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => HomeCareApp.Build([Storage, "--ConnectionStrings:HomeCareStorage=UseDevelopmentStorage=true"]));

        Assert.Contains("'ConnectionStrings:HomeCareStorage' is no longer read: move its value to 'HomeCare:Storage:ConnectionString'", error.Message);
    }

    [Fact]
    public async Task A_table_endpoint_alone_names_the_account_of_every_store()
    {
        await using var app = HomeCareApp.Build(["--HomeCare:Storage:TableEndpoint=https://myaccount.table.core.windows.net/", .. TestIdentity.Arguments()]);

        // Resolving the options runs their validators; making a client sends nothing, so no call reaches Azure.
        var history = app.Services.GetRequiredService<IOptions<HistoryStorageOptions>>().Value;
        var client = app.Services.GetRequiredService<HomeCareTableServiceClientFactory>().Create(history);

        Assert.Equal("myaccount", client.AccountName);
        Assert.Equal(new Uri("https://myaccount.table.core.windows.net/"), client.Uri);
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

    [Fact]
    public async Task The_service_refuses_to_start_in_Production_with_the_development_issuer_enabled_naming_the_key()
    {
        await using var app = HomeCareApp.Build(
        [
            Storage,
            "--environment=Production",
            "--DevelopmentIssuer:Enabled=true",
            $"--DevelopmentIssuer:SigningKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            .. TestIdentity.Arguments(),
        ]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Configuration key 'DevelopmentIssuer:Enabled' is true in the Production environment", error.Message);
    }

    [Fact]
    public async Task A_tenant_registry_entry_with_an_unknown_prefecture_stops_the_service_naming_the_key()
    {
        await using var app = HomeCareApp.Build(
        [
            Storage,
            .. TestIdentity.Arguments(),
            "--TenantRegistry:Tenants:0:PrefectureCode=48",
        ]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("'TenantRegistry:Tenants:0:PrefectureCode' is '48'", error.Message);
    }

    [Theory]
    [InlineData("--Orleans:AdvertisedAddress=silo-1.example", "'Orleans:AdvertisedAddress' is 'silo-1.example'")]
    [InlineData("--Orleans:ResponseTimeout=00:10:00", "Orleans:ResponseTimeout must be between 00:00:01 and 00:05:00")]
    [InlineData("--Orleans:SiloPort=0", "SiloPort")]
    public async Task A_bad_silo_setting_stops_the_service_naming_the_key(string setting, string expected)
    {
        await using var app = HomeCareApp.Build([Storage, .. TestIdentity.Arguments(), setting]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(expected, error.Message);
    }
}
