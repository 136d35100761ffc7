using System.Net;
using System.Net.Sockets;
using HomeCareNational.Host;
using HomeCareNational.Identity.Development;
using HomeCareNational.Testing;
using Microsoft.AspNetCore.Builder;
using OpenTelemetry;

namespace HomeCareNational.Testing.Service;

/// <summary>
/// One running instance of the service as the tests start it: Kestrel on a free port of 127.0.0.1, a co-hosted silo
/// on free ports, grain state in an Azurite of its own, the test tenant registry — plus the instance's own arguments.
/// </summary>
public sealed class TestService : IAsyncDisposable
{
    private readonly AzuriteFixture _azurite;

    private TestService(AzuriteFixture azurite, WebApplication app)
    {
        _azurite = azurite;
        App = app;
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public Uri BaseAddress => new(App.Urls.Single());

    /// <summary>The instance's own Azurite, for tests that stop and restart storage.</summary>
    public AzuriteFixture Azurite => _azurite;

    /// <summary>Mints tokens this instance accepts (its development issuer must be enabled).</summary>
    public DevelopmentTokenIssuer Tokens => DevelopmentTokenIssuer.FromConfiguration(App.Configuration, App.Environment);

    /// <summary>The arguments that enable the development issuer with a signing key.</summary>
    public static string[] DevelopmentIssuer(string signingKey) => ["--DevelopmentIssuer:Enabled=true", $"--DevelopmentIssuer:SigningKey={signingKey}"];

    /// <param name="environment">Production, or any other; the tests use Testing, which loads no appsettings of its own.</param>
    /// <param name="arguments">This instance's own configuration, as command-line arguments.</param>
    public static Task<TestService> StartAsync(string environment, params string[] arguments) =>
        StartAsync(new AzuriteFixture(), environment, arguments);

    /// <summary>As <see cref="StartAsync(string, string[])"/>, with an Azurite that keeps its data on disk across a stop and restart.</summary>
    public static Task<TestService> StartOnDiskAsync(string environment, params string[] arguments) =>
        StartAsync(AzuriteFixture.OnDisk(), environment, arguments);

    /// <summary>As <see cref="StartAsync(string, string[])"/>, with <paramref name="telemetry"/> added to the service's own telemetry pipeline (an in-memory exporter).</summary>
    public static Task<TestService> StartWithTelemetryAsync(Action<OpenTelemetryBuilder> telemetry, string environment, params string[] arguments) =>
        StartAsync(new AzuriteFixture(), environment, arguments, telemetry);

    private static async Task<TestService> StartAsync(AzuriteFixture azurite, string environment, string[] arguments, Action<OpenTelemetryBuilder>? telemetry = null)
    {
        await azurite.InitializeAsync();
        try
        {
            var app = HomeCareApp.Build(
            [
                $"--environment={environment}",
                "--urls=http://127.0.0.1:0",
                $"--HomeCare:Storage:ConnectionString={azurite.ConnectionString}",
                $"--Orleans:SiloPort={FreePort()}",
                $"--Orleans:GatewayPort={FreePort()}",
                $"--Orleans:ClusterId=api-tests-{Guid.NewGuid():N}",
                "--Logging:LogLevel:Default=Warning",
                .. TestIdentity.Arguments(),
                .. arguments,
            ], telemetry);
            await app.StartAsync();
            return new TestService(azurite, app);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
