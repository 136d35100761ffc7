using System.Text.Json;

namespace HomeCareNational.Identity.Tests;

/// <summary>The Entra app registration under infra/ defines what the code expects of it.</summary>
public sealed class AppRegistrationManifestTests : IDisposable
{
    private readonly JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(ManifestPath()));

    private JsonElement DefinedRoles => manifest.RootElement.GetProperty("appRoles");

    [Fact]
    public void It_defines_exactly_the_app_roles_of_the_code_each_with_a_fixed_id()
    {
        var values = DefinedRoles.EnumerateArray().Select(role => role.GetProperty("value").GetString());
        var ids = DefinedRoles.EnumerateArray().Select(role => Guid.Parse(role.GetProperty("id").GetString()!));

        Assert.Equal(AppRoles.All.Order(), values.Order());
        Assert.Equal(AppRoles.All.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Applications_may_be_granted_exactly_the_roles_app_only_tokens_may_carry()
    {
        var forApplications = DefinedRoles.EnumerateArray()
            .Where(role => role.GetProperty("allowedMemberTypes").EnumerateArray().Any(type => type.GetString() == "Application"))
            .Select(role => role.GetProperty("value").GetString());

        Assert.Equal(AppRoles.ApplicationAssignable.Order(), forApplications.Order());
    }

    [Fact]
    public void It_is_multi_tenant_and_asks_for_idtyp_and_the_prefecture_extension_in_access_tokens()
    {
        Assert.Equal("AzureADMultipleOrgs", manifest.RootElement.GetProperty("signInAudience").GetString());
        var claims = manifest.RootElement.GetProperty("optionalClaims").GetProperty("accessToken").EnumerateArray()
            .Select(claim => claim.GetProperty("name").GetString()!).ToList();

        Assert.Contains(EntraClaimNames.IdentityType, claims);
        // Entra emits the directory extension extension_{appId}_prefectureCode as extn.prefectureCode.
        Assert.Contains(claims, name => name.StartsWith("extension_", StringComparison.Ordinal)
            && "extn." + name[(name.LastIndexOf('_') + 1)..] == TenantRegistryOptions.DefaultPrefectureClaim);
    }

    [Fact]
    public void Its_delegated_scope_is_the_one_development_user_tokens_carry()
    {
        var scopes = manifest.RootElement.GetProperty("api").GetProperty("oauth2PermissionScopes").EnumerateArray()
            .Select(scope => scope.GetProperty("value").GetString());

        Assert.Equal([DevelopmentTokenIssuer.UserScope], scopes);
    }

    public void Dispose() => manifest.Dispose();

    private static string ManifestPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "infra", "entra-app-manifest.json");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"No folder above {AppContext.BaseDirectory} holds infra/entra-app-manifest.json.");
    }
}
