namespace HomeCareNational.Identity.Tenancy;

/// <summary>
/// Which Entra tenants may call the service, and for which prefecture; bound from the <see cref="Section"/>
/// configuration section and validated at start-up (<see cref="TenantRegistryOptionsValidator"/>).
/// </summary>
public sealed class TenantRegistryOptions
{
    public const string Section = "TenantRegistry";

    /// <summary>
    /// The claim that names the prefecture of a user in the ministry's tenant (a B2B guest from a prefecture):
    /// the JWT name Entra gives the directory extension <c>prefectureCode</c> of the app registration.
    /// </summary>
    public const string DefaultPrefectureClaim = "extn.prefectureCode";

    /// <summary>The ministry's Entra tenant id (a GUID). Required.</summary>
    public string MinistryTenantId { get; set; } = "";

    /// <summary>The claim read for the prefecture of callers in the ministry's tenant.</summary>
    public string PrefectureClaim { get; set; } = DefaultPrefectureClaim;

    /// <summary>The prefectures' own tenants. A token from a tenant that is neither the ministry's nor listed here is refused.</summary>
    public List<TenantRegistration> Tenants { get; set; } = [];
}

/// <summary>One prefecture tenant: every caller from it acts for <see cref="PrefectureCode"/>.</summary>
public sealed class TenantRegistration
{
    /// <summary>The Entra tenant id (a GUID).</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The JIS X 0401 code of the prefecture, "01" to "47".</summary>
    public string PrefectureCode { get; set; } = "";
}
