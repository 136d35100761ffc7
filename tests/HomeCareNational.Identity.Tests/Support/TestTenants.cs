namespace HomeCareNational.Identity.Tests.Support;

/// <summary>A small tenant registry: the ministry, Okayama (33) and Hiroshima (34) with tenants of their own.</summary>
internal static class TestTenants
{
    public const string Ministry = "0e1a0000-0000-4000-8000-000000000000";

    public const string Okayama = "0e1a0000-0000-4000-8000-000000000033";

    public const string Hiroshima = "0e1a0000-0000-4000-8000-000000000034";

    /// <summary>A well-formed tenant id the registry does not know.</summary>
    public const string Stranger = "0e1a0000-0000-4000-8000-0000000000ff";

    public static TenantRegistryOptions Options() => new()
    {
        MinistryTenantId = Ministry,
        Tenants =
        [
            new() { TenantId = Okayama, PrefectureCode = "33" },
            new() { TenantId = Hiroshima, PrefectureCode = "34" },
        ],
    };

    public static TenantRegistry Registry() => new(Options());
}
