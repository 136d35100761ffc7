using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace HomeCareNational.Identity.Tests.Authentication;

/// <summary>How a validated token becomes a <see cref="CallerIdentity"/>, and how the endpoint reads it back from the principal.</summary>
public sealed class CallerIdentityTests
{
    private readonly TenantRegistry registry = TestTenants.Registry();

    [Fact]
    public void A_user_token_maps_to_the_user_with_the_client_app_that_called()
    {
        var caller = Resolve(TokenClaims.User(TestTenants.Okayama, AppRoles.PrefectureEditor));

        Assert.Equal(
            new CallerIdentity(TokenClaims.UserObjectId, TokenClaims.UserName, TestTenants.Okayama, "33", [AppRoles.PrefectureEditor], false, TokenClaims.ClientAppId),
            caller,
            CallerComparer.Instance);
    }

    [Fact]
    public void An_app_only_token_maps_to_the_application_under_its_display_name()
    {
        var caller = Resolve(TokenClaims.App(TestTenants.Okayama, AppRoles.PrefectureEditor));

        Assert.True(caller.IsApplication);
        Assert.Equal(TokenClaims.AppObjectId, caller.ObjectId);
        Assert.Equal("Okayama register sync", caller.DisplayName);
        Assert.Equal(TokenClaims.ClientAppId, caller.ClientAppId);
        Assert.Equal("33", caller.PrefectureCode);
        Assert.Equal([AppRoles.PrefectureEditor], caller.Roles.AsEnumerable());
    }

    [Fact]
    public void A_v1_app_token_without_idtyp_is_recognised_by_having_no_scope_and_the_app_as_subject()
    {
        List<Claim> claims =
        [
            new(EntraClaimNames.TenantId, TestTenants.Ministry),
            new(EntraClaimNames.ObjectId, TokenClaims.AppObjectId),
            new(EntraClaimNames.Subject, TokenClaims.AppObjectId),
            new(EntraClaimNames.AppId, TokenClaims.ClientAppId),
            new(EntraClaimNames.Version, "1.0"),
            new(EntraClaimNames.Roles, AppRoles.DashboardReader),
        ];

        var caller = Resolve(claims);

        Assert.True(caller.IsApplication);
        Assert.Equal(TokenClaims.ClientAppId, caller.ClientAppId);
        Assert.Equal(TokenClaims.ClientAppId, caller.DisplayName);
    }

    [Fact]
    public void A_user_token_without_idtyp_is_a_user_even_without_a_name()
    {
        var caller = Resolve(TokenClaims.User(TestTenants.Ministry, AppRoles.MinistryAnalyst).Without(EntraClaimNames.Name));

        Assert.False(caller.IsApplication);
        Assert.Equal(TokenClaims.UserObjectId, caller.DisplayName);
    }

    [Fact]
    public void A_token_whose_idtyp_says_user_is_a_user_whatever_its_other_claims()
    {
        var claims = TokenClaims.App(TestTenants.Okayama, AppRoles.PrefectureViewer)
            .Without(EntraClaimNames.IdentityType)
            .With(EntraClaimNames.IdentityType, "user");

        Assert.False(Resolve(claims).IsApplication);
    }

    [Fact]
    public void The_caller_written_on_a_principal_reads_back_unchanged()
    {
        var caller = new CallerIdentity("oid-1", "広島 太郎", TestTenants.Hiroshima, "34", [AppRoles.PrefectureEditor, AppRoles.PrefectureViewer], true, null);

        var readBack = CallerIdentity.From(CallerClaims.ToPrincipal(caller));

        Assert.Equal(caller, readBack, CallerComparer.Instance);
    }

    [Fact]
    public void The_principal_answers_IsInRole_for_effective_roles_only()
    {
        var principal = CallerClaims.ToPrincipal(Resolve(TokenClaims.User(TestTenants.Okayama, AppRoles.MinistryAnalyst, AppRoles.PrefectureViewer)));

        Assert.True(principal.IsInRole(AppRoles.PrefectureViewer));
        Assert.False(principal.IsInRole(AppRoles.MinistryAnalyst));
        Assert.Equal(TokenClaims.UserName, principal.Identity!.Name);
    }

    [Fact]
    public void An_unauthenticated_principal_has_no_caller()
    {
        Assert.Null(CallerIdentity.From(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public void Caller_claims_on_any_other_identity_are_not_taken_for_the_caller()
    {
        var token = new ClaimsIdentity(
            [
                new Claim(HomeCareClaimTypes.ObjectId, "forged"),
                new Claim(HomeCareClaimTypes.DisplayName, "forged"),
                new Claim(HomeCareClaimTypes.TenantId, TestTenants.Ministry),
                new Claim(HomeCareClaimTypes.Role, AppRoles.MinistryAnalyst),
                new Claim(HomeCareClaimTypes.IsApplication, bool.FalseString),
            ],
            JwtBearerDefaults.AuthenticationScheme);

        Assert.Null(CallerIdentity.From(new ClaimsPrincipal(token)));
    }

    [Fact]
    public void Caller_claims_under_the_callers_authentication_type_are_not_taken_for_the_caller_unless_written_as_one()
    {
        var lookalike = new ClaimsIdentity(
            [
                new Claim(HomeCareClaimTypes.ObjectId, "forged"),
                new Claim(HomeCareClaimTypes.DisplayName, "forged"),
                new Claim(HomeCareClaimTypes.TenantId, TestTenants.Ministry),
                new Claim(HomeCareClaimTypes.Role, AppRoles.MinistryAnalyst),
                new Claim(HomeCareClaimTypes.IsApplication, bool.FalseString),
            ],
            CallerClaims.AuthenticationType);

        Assert.True(lookalike.IsAuthenticated);
        Assert.Null(CallerIdentity.From(new ClaimsPrincipal(lookalike)));
    }

    [Fact]
    public void A_cloned_principal_reads_back_as_the_same_caller()
    {
        var caller = new CallerIdentity("oid-2", "岡山 花子", TestTenants.Okayama, "33", [AppRoles.PrefectureViewer], false, "client-1");

        var clone = CallerClaims.ToPrincipal(caller).Clone();

        Assert.Equal(caller, CallerIdentity.From(clone), CallerComparer.Instance);
        Assert.True(clone.IsInRole(AppRoles.PrefectureViewer));
    }

    private CallerIdentity Resolve(IEnumerable<Claim> claims)
    {
        Assert.True(registry.TryResolve(claims, out var caller, out var rejection), rejection);
        return caller;
    }
}
