namespace HomeCareNational.Api.Tests.Authentication;

/// <summary>
/// A second instance of the service in the Production environment: the development issuer off (as it must be
/// there), Entra as the only issuer (unreachable from here), its own empty Azurite and no demo data.
/// </summary>
public sealed class ProductionServiceFixture : IAsyncLifetime
{
    private TestService? _service;

    public IServiceProvider Services => Service.Services;

    public Uri BaseAddress => Service.BaseAddress;

    private TestService Service => _service ?? throw new InvalidOperationException("The service has not been started.");

    public async Task InitializeAsync() => _service = await TestService.StartAsync("Production");

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}
