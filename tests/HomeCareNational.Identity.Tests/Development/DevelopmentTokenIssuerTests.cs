using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HomeCareNational.Identity.Tests.Development;

/// <summary>Development tokens validate with the development key and resolve to the caller they were minted for.</summary>
public sealed class DevelopmentTokenIssuerTests
{
    private readonly DevelopmentIssuerOptions options = DevelopmentKeys.Enabled();
    private readonly DevelopmentTokenIssuer issuer;

    public DevelopmentTokenIssuerTests()
    {
        issuer = new DevelopmentTokenIssuer(options, TestTenants.Options(), DevelopmentKeys.Audience, TimeProvider.System);
    }

    [Fact]
    public async Task A_prefecture_editor_token_comes_from_its_prefecture_tenant_and_resolves_to_an_editor_of_it()
    {
        var caller = await RoundTripAsync(new DevelopmentTokenRequest(AppRoles.PrefectureEditor, "33"));

        Assert.Equal(TestTenants.Okayama, caller.TenantId);
        Assert.Equal("33", caller.PrefectureCode);
        Assert.Equal([AppRoles.PrefectureEditor], caller.Roles.AsEnumerable());
        Assert.False(caller.IsApplication);
        Assert.Equal("Development user (Prefecture.Editor, 33)", caller.DisplayName);
        Assert.NotNull(caller.ClientAppId);
    }

    [Fact]
    public async Task An_app_token_is_app_only_and_can_act_as_its_prefecture_editor()
    {
        var caller = await RoundTripAsync(new DevelopmentTokenRequest(AppRoles.PrefectureEditor, "34", IsApplication: true));

        Assert.True(caller.IsApplication);
        Assert.Equal("34", caller.PrefectureCode);
        Assert.Equal([AppRoles.PrefectureEditor], caller.Roles.AsEnumerable());
        Assert.Equal("Development app (Prefecture.Editor, 34)", caller.DisplayName);
    }

    [Fact]
    public async Task A_prefecture_without_a_tenant_of_its_own_signs_in_as_a_ministry_guest_named_by_the_claim()
    {
        var caller = await RoundTripAsync(new DevelopmentTokenRequest(AppRoles.PrefectureViewer, "47"));

        Assert.Equal(TestTenants.Ministry, caller.TenantId);
        Assert.Equal("47", caller.PrefectureCode);
        Assert.Equal([AppRoles.PrefectureViewer], caller.Roles.AsEnumerable());
    }

    [Theory]
    [InlineData(AppRoles.MinistryAnalyst)]
    [InlineData(AppRoles.DashboardReader)]
    public async Task A_ministry_role_comes_from_the_ministry_tenant(string role)
    {
        var caller = await RoundTripAsync(new DevelopmentTokenRequest(role));

        Assert.Equal(TestTenants.Ministry, caller.TenantId);
        Assert.Null(caller.PrefectureCode);
        Assert.Equal([role], caller.Roles.AsEnumerable());
    }

    [Fact]
    public async Task The_same_persona_gets_the_same_ids_every_time()
    {
        var request = new DevelopmentTokenRequest(AppRoles.PrefectureEditor, "33");

        var first = await RoundTripAsync(request);
        var second = await RoundTripAsync(request);
        var other = await RoundTripAsync(request with { PrefectureCode = "34" });

        Assert.Equal(first.ObjectId, second.ObjectId);
        Assert.NotEqual(first.ObjectId, other.ObjectId);
    }

    [Fact]
    public void A_token_lives_as_long_as_asked()
    {
        var token = new JsonWebToken(issuer.Issue(new DevelopmentTokenRequest(AppRoles.MinistryAnalyst, Lifetime: TimeSpan.FromHours(8))));

        Assert.Equal(TimeSpan.FromHours(8), token.ValidTo - token.ValidFrom);
        Assert.Equal("HS256", token.Alg);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_does_not_validate()
    {
        var other = new DevelopmentTokenIssuer(DevelopmentKeys.Enabled(), TestTenants.Options(), DevelopmentKeys.Audience, TimeProvider.System);

        var result = await ValidateAsync(other.Issue(new DevelopmentTokenRequest(AppRoles.MinistryAnalyst)));

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenSignatureKeyNotFoundException>(result.Exception);
    }

    [Theory]
    [InlineData("Global.Admin", null, "Unknown role 'Global.Admin'")]
    [InlineData(AppRoles.PrefectureEditor, null, "Role Prefecture.Editor acts for a prefecture")]
    [InlineData(AppRoles.MinistryAnalyst, "33", "Role Ministry.Analyst is the ministry's: it takes no prefecture")]
    [InlineData(AppRoles.PrefectureViewer, "48", "'48' is not a prefecture code")]
    public void A_request_no_real_caller_could_make_is_refused(string role, string? prefecture, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => issuer.Issue(new DevelopmentTokenRequest(role, prefecture)));

        Assert.StartsWith(problem, error.Message);
    }

    [Theory]
    [InlineData(AppRoles.MinistryAnalyst, null)]
    [InlineData(AppRoles.PrefectureViewer, "33")]
    public void An_app_only_token_for_a_role_granted_to_users_only_is_refused(string role, string? prefecture)
    {
        var request = new DevelopmentTokenRequest(role, prefecture, IsApplication: true);

        Assert.Equal($"Role {role} is granted to users only, so no app-only token carries it.", request.Problem());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25 * 60)]
    public void A_lifetime_outside_a_minute_to_a_day_is_refused(int minutes)
    {
        var request = new DevelopmentTokenRequest(AppRoles.DashboardReader, Lifetime: TimeSpan.FromMinutes(minutes));

        Assert.StartsWith("A development token lives from 1 minute to 24 hours", request.Problem());
    }

    [Fact]
    public void From_configuration_it_refuses_when_the_issuer_is_not_enabled_naming_the_key()
    {
        var configuration = Configuration(enabled: false);

        var error = Assert.Throws<OptionsValidationException>(() => DevelopmentTokenIssuer.FromConfiguration(configuration, TestEnvironment.Development));

        Assert.Equal(["Configuration key 'DevelopmentIssuer:Enabled' is not true: the service would not accept development tokens."], error.Failures);
    }

    [Fact]
    public void From_configuration_it_refuses_in_Production()
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => DevelopmentTokenIssuer.FromConfiguration(Configuration(enabled: true), TestEnvironment.Production));

        Assert.Contains(error.Failures, f => f.StartsWith("Configuration key 'DevelopmentIssuer:Enabled' is true in the Production environment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task From_configuration_it_mints_for_the_configured_audience_and_registry()
    {
        var configured = DevelopmentTokenIssuer.FromConfiguration(Configuration(enabled: true), TestEnvironment.Development);

        var caller = await RoundTripAsync(configured.Issue(new DevelopmentTokenRequest(AppRoles.PrefectureEditor, "33")));

        Assert.Equal(TestTenants.Okayama, caller.TenantId);
    }

    private IConfiguration Configuration(bool enabled) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DevelopmentIssuer:Enabled"] = enabled.ToString(),
            ["DevelopmentIssuer:SigningKey"] = options.SigningKey,
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = DevelopmentKeys.Audience,
            ["TenantRegistry:MinistryTenantId"] = TestTenants.Ministry,
            ["TenantRegistry:Tenants:0:TenantId"] = TestTenants.Okayama,
            ["TenantRegistry:Tenants:0:PrefectureCode"] = "33",
        })
        .Build();

    private Task<CallerIdentity> RoundTripAsync(DevelopmentTokenRequest request) => RoundTripAsync(issuer.Issue(request));

    private async Task<CallerIdentity> RoundTripAsync(string token)
    {
        var result = await ValidateAsync(token);
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.True(TestTenants.Registry().TryResolve(((JsonWebToken)result.SecurityToken).Claims, out var caller, out var rejection), rejection);
        return caller;
    }

    private Task<TokenValidationResult> ValidateAsync(string token) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = DevelopmentIssuerOptions.DefaultIssuer,
            ValidAudience = DevelopmentKeys.Audience,
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(options.SigningKey)),
        });
}
