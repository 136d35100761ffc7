using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Authentication;
using HomeCareNational.Identity.Development;
using Xunit;

namespace HomeCareNational.Testing.Service;

/// <summary>
/// The real service, as the README's command runs it: Kestrel on 127.0.0.1, a co-hosted silo, grain state in a real
/// Azurite, the demo register loaded at start, and the development issuer enabled with a key of this run's own, so
/// tests call with real tokens (<see cref="ClientFor"/>).
/// </summary>
public class ServiceFixture : IAsyncLifetime
{
    /// <summary>Long enough for the whole run; the service checks lifetimes, so a shorter one would fail late tests.</summary>
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(4);

    private readonly ConcurrentDictionary<(string Role, string? Prefecture, bool App), HttpClient> _clients = new();
    private readonly HttpMessageHandler _handler = new SocketsHttpHandler();
    private TestService? _service;

    /// <summary>The development signing key of this run (base64).</summary>
    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Mints tokens the service accepts, for the configuration it runs with.</summary>
    public DevelopmentTokenIssuer Tokens { get; private set; } = null!;

    public IServiceProvider Services => Service.Services;

    public Uri BaseAddress => Service.BaseAddress;

    private TestService Service => _service ?? throw new InvalidOperationException("The service has not been started.");

    /// <summary>The environment the service runs in: Testing, which loads no appsettings of its own.</summary>
    protected virtual string Environment => "Testing";

    public async Task InitializeAsync()
    {
        // Dashboard.Reader callers may send raw queries here, so every test can state its query; the persisted-only
        // default is tested on an instance of its own (PersistedOnlyTests).
        _service = await TestService.StartAsync(
            Environment,
            ["--HomeCare:SeedDemoData=true", "--GraphQL:PersistedDocuments:DashboardReaderPersistedOnly=false", .. TestService.DevelopmentIssuer(SigningKey)]);
        Tokens = _service.Tokens;
    }

    /// <summary>A client that calls as a user (or, with <paramref name="app"/>, an application) holding <paramref name="role"/>.</summary>
    /// <param name="role">One of <see cref="AppRoles.All"/>.</param>
    /// <param name="prefectureCode">The prefecture a Prefecture.* role acts for.</param>
    /// <param name="app">An app-only token instead of a user's.</param>
    public HttpClient ClientFor(string role, string? prefectureCode = null, bool app = false) =>
        _clients.GetOrAdd((role, prefectureCode, app), key =>
        {
            var token = Tokens.Issue(new DevelopmentTokenRequest(key.Role, key.Prefecture, key.App, TokenLifetime));
            var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = BaseAddress };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        });

    /// <summary>The caller the service should see for a token from <see cref="ClientFor"/>, read from the token as minted.</summary>
    public CallerIdentity CallerFor(string role, string? prefectureCode = null, bool app = false)
    {
        var claims = Tokens.Describe(new DevelopmentTokenRequest(role, prefectureCode, app)).Claims;
        var name = app ? EntraClaimNames.AppDisplayName : EntraClaimNames.Name;
        return new CallerIdentity(
            (string)claims[EntraClaimNames.ObjectId],
            (string)claims[name],
            (string)claims[EntraClaimNames.TenantId],
            prefectureCode,
            [role],
            app,
            (string)claims[EntraClaimNames.AuthorizedParty]);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _handler.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}
