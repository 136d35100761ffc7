namespace HomeCareNational.Identity.Tests.Authentication;

/// <summary>The API's Entra registration must be configured before the service starts; a gap names its key.</summary>
public sealed class AzureAdOptionsValidationTests
{
    [Fact]
    public void A_multi_tenant_registration_passes()
    {
        Assert.True(Validate(Complete()).Succeeded);
    }

    [Fact]
    public void A_missing_client_id_names_its_key()
    {
        var options = Complete();
        options.ClientId = "";

        Assert.Contains("'AzureAd:ClientId' is missing", Assert.Single(Validate(options).Failures!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("login.microsoftonline.com")]
    [InlineData("http://login.microsoftonline.com/")]
    public void An_instance_that_is_not_an_https_URI_names_its_key(string instance)
    {
        var options = Complete();
        options.Instance = instance;

        Assert.Contains("'AzureAd:Instance'", Assert.Single(Validate(options).Failures!));
    }

    [Fact]
    public void A_missing_tenant_names_its_key()
    {
        var options = Complete();
        options.TenantId = "";

        Assert.Contains("'AzureAd:TenantId' is missing", Assert.Single(Validate(options).Failures!));
    }

    [Fact]
    public void The_API_audience_is_the_client_id_unless_an_audience_is_configured()
    {
        var options = Complete();
        Assert.Equal(options.ClientId, options.ApiAudience);

        options.Audience = "api://homecare-national";
        Assert.Equal("api://homecare-national", options.ApiAudience);
    }

    private static AzureAdOptions Complete() => new()
    {
        Instance = "https://login.microsoftonline.com/",
        TenantId = "organizations",
        ClientId = DevelopmentKeys.Audience,
    };

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(AzureAdOptions options) =>
        new AzureAdOptionsValidator().Validate(null, options);
}
