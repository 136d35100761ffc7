using HomeCareNational.Host;
using HomeCareNational.Testing;
using Microsoft.AspNetCore.Builder;

namespace HomeCareNational.Api.Tests.Authentication;

/// <summary>
/// A second instance of the service in the Production environment: the development issuer off (as it must be
/// there), Entra as the only issuer (unreachable from here), its own empty Azurite and no demo data.
/// </summary>
public sealed class ProductionServiceFixture : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();
    private WebApplication? _app;

    public IServiceProvider Services => App.Services;

    public Uri BaseAddress => new(App.Urls.Single());

    private WebApplication App => _app ?? throw new InvalidOperationException("The service has not been started.");

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _app = HomeCareApp.Build(
        [
            "--environment=Production",
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:HomeCareStorage={_azurite.ConnectionString}",
            $"--Orleans:SiloPort={ServiceFixture.FreePort()}",
            $"--Orleans:GatewayPort={ServiceFixture.FreePort()}",
            $"--Orleans:ClusterId=api-tests-production-{Guid.NewGuid():N}",
            "--Logging:LogLevel:Default=Warning",
            .. TestIdentity.Arguments(),
        ]);
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }
}
