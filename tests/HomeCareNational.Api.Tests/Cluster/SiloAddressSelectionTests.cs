using System.Net;
using System.Net.NetworkInformation;
using HomeCareNational.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Api.Tests.Cluster;

/// <summary>Which address a silo advertises, chosen from given settings and interfaces (no real interface is read).</summary>
public sealed class SiloAddressSelectionTests
{
    private static readonly NetworkInterfaceAddresses Loopback =
        new("lo", OperationalStatus.Up, NetworkInterfaceType.Loopback, [IPAddress.Loopback, IPAddress.IPv6Loopback]);

    private static readonly NetworkInterfaceAddresses Down =
        new("eth9", OperationalStatus.Down, NetworkInterfaceType.Ethernet, [IPAddress.Parse("10.9.9.9")]);

    private static readonly NetworkInterfaceAddresses Replica =
        new("eth0", OperationalStatus.Up, NetworkInterfaceType.Ethernet, [IPAddress.Parse("fe80::1"), IPAddress.Parse("100.100.1.7")]);

    private static readonly NetworkInterfaceAddresses Second =
        new("eth1", OperationalStatus.Up, NetworkInterfaceType.Ethernet, [IPAddress.Parse("192.168.3.4")]);

    private static readonly string[] AllInterfaces = ["http://*:8080"];

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080;http://127.0.0.1:5081")]
    public void A_host_serving_this_machine_only_advertises_loopback(string urls)
    {
        var address = SiloAddressSelection.Choose(null, urls.Split(';'), [Loopback, Replica]);

        Assert.Equal(IPAddress.Loopback, address);
    }

    [Fact]
    public void A_host_with_no_urls_listens_on_Kestrels_default_localhost_and_advertises_loopback() =>
        Assert.Equal(IPAddress.Loopback, SiloAddressSelection.Choose(null, [], [Loopback, Replica]));

    [Theory]
    [InlineData("http://*:8080")]
    [InlineData("http://+:8080")]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://127.0.0.1:8080;http://10.0.0.4:8080")]
    public void A_host_reachable_from_elsewhere_advertises_the_first_up_non_loopback_interfaces_IPv4(string urls)
    {
        var address = SiloAddressSelection.Choose(null, urls.Split(';'), [Loopback, Down, Replica, Second]);

        Assert.Equal(IPAddress.Parse("100.100.1.7"), address);
    }

    [Fact]
    public void A_configured_address_wins_over_the_interfaces() =>
        Assert.Equal(IPAddress.Parse("10.1.2.3"), SiloAddressSelection.Choose("10.1.2.3", AllInterfaces, [Replica]));

    [Fact]
    public void No_interface_with_an_IPv4_address_stops_the_silo_naming_the_key()
    {
        var ipv6Only = Replica with { Addresses = [IPAddress.Parse("fe80::1")] };

        var error = Assert.Throws<OptionsValidationException>(() => SiloAddressSelection.Choose(null, AllInterfaces, [Loopback, Down, ipv6Only]));

        Assert.Contains("'Orleans:AdvertisedAddress' is not set", error.Message);
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:0", "http://127.0.0.1:0")]
    [InlineData("http_ports", "8080", "http://*:8080")]
    [InlineData("HTTP_PORTS", "8080;8081", "http://*:8080;http://*:8081")]
    [InlineData("https_ports", "8443", "https://*:8443")]
    public void Kestrels_listen_settings_are_read_from_its_own_keys(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        Assert.Equal(expected.Split(';'), SiloAddressSelection.ListenUrls(configuration));
    }

    [Fact]
    public void Urls_win_over_ports_as_in_Kestrel()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("urls", "http://127.0.0.1:5080"), new("http_ports", "8080")]).Build();

        Assert.Equal(["http://127.0.0.1:5080"], SiloAddressSelection.ListenUrls(configuration));
    }
}
