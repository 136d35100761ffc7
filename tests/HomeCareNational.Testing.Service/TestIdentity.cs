using System.Globalization;
using HomeCareNational.Domain.Reference;

namespace HomeCareNational.Testing.Service;

/// <summary>
/// The sign-in configuration the test services run with: a test API registration and a tenant registry in which
/// every prefecture but one has a tenant of its own. The exception signs in as a guest of the ministry's tenant,
/// so both ways of binding a caller to a prefecture run through every API test.
/// </summary>
public static class TestIdentity
{
    public const string ClientId = "7e570000-0000-4000-8000-00000000a001";

    public const string MinistryTenantId = "7e570000-0000-4000-8000-000000000000";

    /// <summary>The prefecture whose staff are B2B guests in the ministry's tenant (沖縄県).</summary>
    public const string GuestPrefecture = "47";

    /// <summary>The tenant of a prefecture that has one, e.g. <c>7e570000-0000-4000-8000-000000000033</c> for 33.</summary>
    public static string TenantOf(string prefectureCode) => $"7e570000-0000-4000-8000-0000000000{prefectureCode}";

    /// <summary>Command-line configuration for the API registration and the tenant registry.</summary>
    public static IEnumerable<string> Arguments()
    {
        yield return $"--AzureAd:ClientId={ClientId}";
        yield return $"--TenantRegistry:MinistryTenantId={MinistryTenantId}";
        var tenants = Prefectures.All.Where(p => p.Code != GuestPrefecture).Select((prefecture, index) => (prefecture.Code, Index: index.ToString(CultureInfo.InvariantCulture)));
        foreach (var (code, index) in tenants)
        {
            yield return $"--TenantRegistry:Tenants:{index}:TenantId={TenantOf(code)}";
            yield return $"--TenantRegistry:Tenants:{index}:PrefectureCode={code}";
        }
    }
}
