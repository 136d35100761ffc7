using System.Net;
using System.Net.Sockets;
using HomeCareNational.Host;
using HomeCareNational.Testing;
using Microsoft.AspNetCore.Builder;

namespace HomeCareNational.Api.Tests;

/// <summary>
/// The real service, as the README's command runs it: Kestrel on 127.0.0.1, a co-hosted silo, grain state
/// in a real Azurite, and the demo register loaded at start.
/// </summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _app = HomeCareApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:HomeCareStorage={_azurite.ConnectionString}",
            "--HomeCare:SeedDemoData=true",
            $"--Orleans:SiloPort={FreePort()}",
            $"--Orleans:GatewayPort={FreePort()}",
            $"--Orleans:ClusterId=api-tests-{Guid.NewGuid():N}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
