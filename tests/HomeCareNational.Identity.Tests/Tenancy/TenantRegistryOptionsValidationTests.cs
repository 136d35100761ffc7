namespace HomeCareNational.Identity.Tests.Tenancy;

/// <summary>A tenant registry that is incomplete or ambiguous stops the service, with a message naming the key.</summary>
public sealed class TenantRegistryOptionsValidationTests
{
    [Fact]
    public void A_complete_registry_passes()
    {
        Assert.True(Validate(TestTenants.Options()).Succeeded);
    }

    [Fact]
    public void A_missing_ministry_tenant_names_its_key()
    {
        var options = TestTenants.Options();
        options.MinistryTenantId = "";

        Assert.Contains("'TenantRegistry:MinistryTenantId' is missing", Single(options));
    }

    [Fact]
    public void A_ministry_tenant_that_is_not_a_GUID_names_its_key_and_value()
    {
        var options = TestTenants.Options();
        options.MinistryTenantId = "mhlw.go.jp";

        Assert.Contains("'TenantRegistry:MinistryTenantId' is 'mhlw.go.jp', which is not a GUID", Single(options));
    }

    [Fact]
    public void A_prefecture_tenant_that_is_not_a_GUID_names_its_entry()
    {
        var options = TestTenants.Options();
        options.Tenants[1].TenantId = "hiroshima";

        Assert.Contains("'TenantRegistry:Tenants:1:TenantId' is 'hiroshima'", Single(options));
    }

    [Theory]
    [InlineData("48")]
    [InlineData("3")]
    [InlineData("")]
    public void An_entry_whose_prefecture_code_is_not_a_prefecture_names_its_entry(string code)
    {
        var options = TestTenants.Options();
        options.Tenants[0].PrefectureCode = code;

        Assert.Contains($"'TenantRegistry:Tenants:0:PrefectureCode' is '{code}', which is not a prefecture code", Single(options));
    }

    [Fact]
    public void A_tenant_listed_twice_names_both_entries_whatever_the_letter_case()
    {
        var options = TestTenants.Options();
        options.Tenants.Add(new TenantRegistration { TenantId = TestTenants.Okayama.ToUpperInvariant(), PrefectureCode = "34" });

        var message = Single(options);

        Assert.Contains("'TenantRegistry:Tenants:2:TenantId' repeats the tenant of 'TenantRegistry:Tenants:0'", message);
    }

    [Fact]
    public void The_ministry_tenant_listed_as_a_prefecture_tenant_is_refused()
    {
        var options = TestTenants.Options();
        options.Tenants.Add(new TenantRegistration { TenantId = TestTenants.Ministry, PrefectureCode = "13" });

        Assert.Contains("'TenantRegistry:Tenants:2:TenantId' is the ministry's tenant", Single(options));
    }

    [Fact]
    public void An_empty_prefecture_claim_names_its_key()
    {
        var options = TestTenants.Options();
        options.PrefectureClaim = " ";

        Assert.Contains("'TenantRegistry:PrefectureClaim' is empty", Single(options));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = new TenantRegistryOptions
        {
            Tenants = [new() { TenantId = "x", PrefectureCode = "00" }],
        };

        Assert.Equal(3, Validate(options).Failures!.Count());
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(TenantRegistryOptions options) =>
        new TenantRegistryOptionsValidator().Validate(null, options);

    private static string Single(TenantRegistryOptions options) => Assert.Single(Validate(options).Failures!);
}
