using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Host.Hosting;

/// <summary>
/// The address a silo writes to the membership table for others to reach it at: <c>Orleans:AdvertisedAddress</c>
/// when set; otherwise loopback when the Host serves this machine only (a demo, a test, <c>run-cluster.sh</c>), or
/// else the first up, non-loopback interface's IPv4 address, since a Container Apps replica gets its address only
/// from its interface, never as a setting.
/// </summary>
public static class SiloAddressSelection
{
    private const string Key = SiloOptions.Section + ":" + nameof(SiloOptions.AdvertisedAddress);

    /// <summary>The advertised address; throws naming <c>Orleans:AdvertisedAddress</c> when there is none to choose.</summary>
    public static IPAddress Choose(string? configured, IReadOnlyCollection<string> listenUrls, IEnumerable<NetworkInterfaceAddresses> interfaces)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // Checked by SiloOptions' validation, which names the key.
            return IPAddress.Parse(configured);
        }

        if (ServesThisMachineOnly(listenUrls))
        {
            return IPAddress.Loopback;
        }

        return interfaces
            .Where(nic => nic.Status == OperationalStatus.Up && nic.Type != NetworkInterfaceType.Loopback)
            .SelectMany(nic => nic.Addresses)
            .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address))
            ?? throw new OptionsValidationException(Key, typeof(SiloOptions),
                [$"Configuration key '{Key}' is not set and no network interface that is up has an IPv4 address: set it to this silo's IP address."]);
    }

    /// <summary>
    /// Where Kestrel listens, from the same keys it reads: <c>urls</c>, else <c>http_ports</c>/<c>https_ports</c>
    /// (every interface, as in the .NET container images); neither means Kestrel's default, localhost.
    /// </summary>
    public static IReadOnlyList<string> ListenUrls(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        if (!string.IsNullOrWhiteSpace(urls))
        {
            return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return [.. Ports(configuration, WebHostDefaults.HttpPortsKey, Uri.UriSchemeHttp), .. Ports(configuration, WebHostDefaults.HttpsPortsKey, Uri.UriSchemeHttps)];
    }

    private static bool ServesThisMachineOnly(IReadOnlyCollection<string> listenUrls) =>
        listenUrls.All(url => BindingAddress.Parse(url).Host is var host
            && (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
                || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address))));

    private static IEnumerable<string> Ports(IConfiguration configuration, string key, string scheme) =>
        (configuration[key] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(port => $"{scheme}://*:{port}");
}
