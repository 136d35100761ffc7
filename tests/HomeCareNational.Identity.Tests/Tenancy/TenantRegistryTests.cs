namespace HomeCareNational.Identity.Tests.Tenancy;

/// <summary>Which tenants may call, which prefecture a caller acts for, and which of the token's roles count.</summary>
public sealed class TenantRegistryTests
{
    private readonly TenantRegistry registry = TestTenants.Registry();

    [Fact]
    public void A_ministry_user_keeps_the_ministry_roles_and_acts_for_no_prefecture()
    {
        var caller = Resolve(TokenClaims.User(TestTenants.Ministry, AppRoles.MinistryAnalyst, AppRoles.DashboardReader));

        Assert.Equal([AppRoles.MinistryAnalyst, AppRoles.DashboardReader], caller.Roles.AsEnumerable());
        Assert.Null(caller.PrefectureCode);
        Assert.Equal(TestTenants.Ministry, caller.TenantId);
    }

    [Fact]
    public void A_prefecture_tenant_user_acts_for_the_prefecture_the_registry_names()
    {
        var caller = Resolve(TokenClaims.User(TestTenants.Okayama, AppRoles.PrefectureEditor));

        Assert.Equal("33", caller.PrefectureCode);
        Assert.Equal([AppRoles.PrefectureEditor], caller.Roles.AsEnumerable());
    }

    [Theory]
    [InlineData(TestTenants.Stranger)]
    [InlineData("9188040d-6c67-4c5b-b112-36a304b66dad")]
    public void A_tenant_not_in_the_registry_is_refused(string tenantId)
    {
        var refused = !registry.TryResolve(TokenClaims.User(tenantId, AppRoles.MinistryAnalyst), out var caller, out var rejection);

        Assert.True(refused);
        Assert.Null(caller);
        Assert.Contains(tenantId, rejection);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("okayama")]
    public void A_token_without_a_well_formed_tenant_id_is_refused(string? tenantId)
    {
        var claims = TokenClaims.User(TestTenants.Ministry, AppRoles.MinistryAnalyst).Without(EntraClaimNames.TenantId);
        if (tenantId is not null)
        {
            claims = claims.With(EntraClaimNames.TenantId, tenantId);
        }

        Assert.False(registry.TryResolve(claims, out _, out var rejection));
        Assert.Contains("'tid'", rejection);
    }

    [Fact]
    public void A_token_without_an_object_id_is_refused()
    {
        var claims = TokenClaims.User(TestTenants.Okayama, AppRoles.PrefectureViewer).Without(EntraClaimNames.ObjectId);

        Assert.False(registry.TryResolve(claims, out _, out var rejection));
        Assert.Contains("'oid'", rejection);
    }

    [Theory]
    [InlineData(AppRoles.MinistryAnalyst)]
    [InlineData(AppRoles.DashboardReader)]
    public void A_ministry_role_granted_in_a_prefecture_tenant_is_dropped(string ministryRole)
    {
        var caller = Resolve(TokenClaims.User(TestTenants.Okayama, ministryRole, AppRoles.PrefectureViewer));

        Assert.Equal([AppRoles.PrefectureViewer], caller.Roles.AsEnumerable());
    }

    [Fact]
    public void A_caller_whose_only_role_does_not_count_is_signed_in_with_no_roles()
    {
        var caller = Resolve(TokenClaims.App(TestTenants.Hiroshima, AppRoles.MinistryAnalyst));

        Assert.Empty(caller.Roles);
        Assert.Equal("34", caller.PrefectureCode);
    }

    [Theory]
    [InlineData(AppRoles.PrefectureEditor)]
    [InlineData(AppRoles.PrefectureViewer)]
    public void A_prefecture_role_without_a_prefecture_is_dropped(string prefectureRole)
    {
        var caller = Resolve(TokenClaims.User(TestTenants.Ministry, prefectureRole, AppRoles.DashboardReader));

        Assert.Equal([AppRoles.DashboardReader], caller.Roles.AsEnumerable());
        Assert.Null(caller.PrefectureCode);
    }

    [Fact]
    public void A_guest_in_the_ministry_tenant_acts_for_the_prefecture_its_claim_names()
    {
        var claims = TokenClaims.User(TestTenants.Ministry, AppRoles.PrefectureEditor)
            .With(TenantRegistryOptions.DefaultPrefectureClaim, "47");

        var caller = Resolve(claims);

        Assert.Equal("47", caller.PrefectureCode);
        Assert.Equal([AppRoles.PrefectureEditor], caller.Roles.AsEnumerable());
        Assert.Equal(TestTenants.Ministry, caller.TenantId);
    }

    [Theory]
    [InlineData("48")]
    [InlineData("33 ")]
    [InlineData("岡山県")]
    public void A_prefecture_claim_that_is_not_a_prefecture_code_gives_no_prefecture(string value)
    {
        var caller = Resolve(TokenClaims.User(TestTenants.Ministry, AppRoles.PrefectureEditor)
            .With(TenantRegistryOptions.DefaultPrefectureClaim, value));

        Assert.Null(caller.PrefectureCode);
        Assert.Empty(caller.Roles);
    }

    [Fact]
    public void A_prefecture_claim_in_a_prefecture_tenant_token_cannot_move_the_caller_to_another_prefecture()
    {
        var caller = Resolve(TokenClaims.User(TestTenants.Okayama, AppRoles.PrefectureEditor)
            .With(TenantRegistryOptions.DefaultPrefectureClaim, "34"));

        Assert.Equal("33", caller.PrefectureCode);
    }

    [Fact]
    public void The_prefecture_claim_is_the_configured_one()
    {
        var options = TestTenants.Options();
        options.PrefectureClaim = "extension_prefecture";
        var configured = new TenantRegistry(options);
        var claims = TokenClaims.User(TestTenants.Ministry, AppRoles.PrefectureViewer)
            .With(TenantRegistryOptions.DefaultPrefectureClaim, "13")
            .With("extension_prefecture", "14");

        Assert.True(configured.TryResolve(claims, out var caller, out _));
        Assert.Equal("14", caller.PrefectureCode);
    }

    [Fact]
    public void Roles_the_app_registration_does_not_define_are_ignored()
    {
        var caller = Resolve(TokenClaims.User(TestTenants.Okayama, "Global.Admin", AppRoles.PrefectureViewer, "prefecture.editor"));

        Assert.Equal([AppRoles.PrefectureViewer], caller.Roles.AsEnumerable());
    }

    [Fact]
    public void Tenant_ids_match_whatever_their_letter_case()
    {
        var caller = Resolve(TokenClaims.User(TestTenants.Okayama.ToUpperInvariant(), AppRoles.PrefectureViewer));

        Assert.Equal("33", caller.PrefectureCode);
        Assert.Equal(TestTenants.Okayama, caller.TenantId);
    }

    private CallerIdentity Resolve(IEnumerable<Claim> claims)
    {
        Assert.True(registry.TryResolve(claims, out var caller, out var rejection), rejection);
        return caller;
    }
}
