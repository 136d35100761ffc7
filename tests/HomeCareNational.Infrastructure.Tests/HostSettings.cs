using System.Reflection;
using HomeCareNational.Host.Hosting;
using HomeCareNational.Host.Telemetry;
using HomeCareNational.Identity.Authentication;
using HomeCareNational.Identity.Tenancy;
using HomeCareNational.Storage.AzureTable;

namespace HomeCareNational.Infrastructure.Tests;

/// <summary>The configuration keys the Host reads in the sections a deployment sets, from the Host's own option types.</summary>
internal static class HostSettings
{
    /// <summary>Read by the platform, the SDKs or the Host's telemetry under their own names, not from a configuration section.</summary>
    public static readonly string[] PlatformVariables = ["ASPNETCORE_HTTP_PORTS", "AZURE_CLIENT_ID", TelemetrySources.ApplicationInsightsConnectionStringKey];

    private static readonly (string Section, Type Options)[] Sections =
    [
        (StorageAccountConfiguration.Section, typeof(TableStorageSettings)),
        (SiloOptions.Section, typeof(SiloOptions)),
        (AzureAdOptions.Section, typeof(AzureAdOptions)),
        (TenantRegistryOptions.Section, typeof(TenantRegistryOptions)),
    ];

    /// <summary>The key of <paramref name="property"/> of the options bound from <paramref name="section"/>, as an environment variable.</summary>
    public static string Variable(string section, string property) => $"{section}:{property}".Replace(":", "__", StringComparison.Ordinal);

    /// <summary>Whether an environment variable names a setting the Host binds (a list item by its first property).</summary>
    public static bool Reads(string variable)
    {
        var key = variable.Replace("__", ":", StringComparison.Ordinal);
        return Sections.Any(s => key.StartsWith(s.Section + ":", StringComparison.Ordinal)
            && s.Options.GetProperty(key[(s.Section.Length + 1)..].Split(':')[0], BindingFlags.Public | BindingFlags.Instance)?.CanWrite == true);
    }
}
