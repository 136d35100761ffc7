using System.Security.Cryptography;
using HomeCareNational.Identity.Development;

namespace HomeCareNational.EndToEnd.Tests;

/// <summary>
/// The real service (Kestrel on 127.0.0.1, co-hosted silo, real Azurite, the demo register with its FY2025 history, as
/// run-demo.sh starts it, the development issuer with a key of this run's own) and Debian's headless Chromium driven by Playwright. Playwright downloads no browser:
/// scripts/tools.sh installs the Debian package.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>This machine's network is closed: without these, Chromium's own background connections fail at start.</summary>
    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private TestService? _service;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => Service.BaseAddress;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been started.");

    private TestService Service => _service ?? throw new InvalidOperationException("The service has not been started.");

    /// <summary>Mints tokens the service accepts; tests change one thing in a token to make one it refuses.</summary>
    public DevelopmentTokenIssuer Tokens => Service.Tokens;

    /// <summary>A token the service accepts, for a user holding <paramref name="role"/>.</summary>
    public string TokenFor(string role, string? prefectureCode = null) =>
        Service.Tokens.Issue(new DevelopmentTokenRequest(role, prefectureCode, false, TimeSpan.FromHours(1)));

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: scripts/test.sh installs it (apt-get install chromium).");
        }

        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _service = await TestService.StartAsync("Testing", ["--HomeCare:SeedDemoData=true", "--HomeCare:DemoData:History=true", .. TestService.DevelopmentIssuer(signingKey)]);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}
