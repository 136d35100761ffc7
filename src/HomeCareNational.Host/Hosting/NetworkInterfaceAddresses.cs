using System.Net;
using System.Net.NetworkInformation;

namespace HomeCareNational.Host.Hosting;

/// <summary>What <see cref="SiloAddressSelection"/> needs to know of one network interface; tests give their own.</summary>
public sealed record NetworkInterfaceAddresses(string Name, OperationalStatus Status, NetworkInterfaceType Type, IReadOnlyList<IPAddress> Addresses)
{
    /// <summary>This machine's interfaces, in the order the operating system lists them.</summary>
    public static IReadOnlyList<NetworkInterfaceAddresses> OfThisMachine() =>
        [.. NetworkInterface.GetAllNetworkInterfaces().Select(nic => new NetworkInterfaceAddresses(
            nic.Name,
            nic.OperationalStatus,
            nic.NetworkInterfaceType,
            [.. nic.GetIPProperties().UnicastAddresses.Select(unicast => unicast.Address)]))];
}
