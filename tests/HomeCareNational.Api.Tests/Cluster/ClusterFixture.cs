using System.Net.Http.Headers;
using System.Security.Cryptography;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;
using HomeCareNational.Testing;
using HomeCareNational.Host;

namespace HomeCareNational.Api.Tests.Cluster;

/// <summary>
/// A cluster of <see cref="Size"/> Hosts, each its own process with its co-hosted silo, joined through Azure Table
/// membership in one real Azurite that also holds their grain state. Tokens come from the development issuer they all
/// trust. Tests may kill only the last host (<see cref="Victim"/>); the others stay up for the whole collection.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int Size = 3;

    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);
    private readonly AzuriteFixture _azurite = new();
    private readonly SocketsHttpHandler _handler = new() { PooledConnectionLifetime = TimeSpan.FromSeconds(30) };
    private readonly List<HttpClient> _clients = [];
    private DevelopmentTokenIssuer _tokens = null!;

    public IReadOnlyList<HostProcess> Hosts { get; private set; } = [];

    /// <summary>The one host a test may kill.</summary>
    public HostProcess Victim => Hosts[^1];

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        string[] arguments =
        [
            "--environment=Testing",
            $"--HomeCare:Storage:ConnectionString={_azurite.ConnectionString}",
            $"--Orleans:ClusterId=cluster-tests-{Guid.NewGuid():N}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:HomeCareNational.Grains.Hosting=Information",
            "--GraphQL:PersistedDocuments:DashboardReaderPersistedOnly=false",

            // A key whose first request died with its silo runs anew after this, so the stream's retries end soon.
            "--HomeCare:Idempotency:InFlightTimeout=00:00:05",
            .. TestIdentity.Arguments(),
            .. TestService.DevelopmentIssuer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
        ];
        var configuration = HomeCareApp.CreateBuilder(arguments);
        _tokens = DevelopmentTokenIssuer.FromConfiguration(configuration.Configuration, configuration.Environment);

        // The first host creates the tables; the others join it together.
        var first = HostProcess.Start(arguments);
        Hosts = [first];
        await first.WaitUntilReadyAsync(ClientFor(0, AppRoles.MinistryAnalyst));
        Hosts = [first, .. Enumerable.Range(1, Size - 1).Select(_ => HostProcess.Start(arguments))];
        await Task.WhenAll(Enumerable.Range(1, Size - 1).Select(i => Hosts[i].WaitUntilReadyAsync(ClientFor(i, AppRoles.MinistryAnalyst))));
    }

    /// <summary>A client of host <paramref name="host"/> calling with <paramref name="role"/> (for <paramref name="prefecture"/>).</summary>
    public HttpClient ClientFor(int host, string role, string? prefecture = null)
    {
        var token = _tokens.Issue(new DevelopmentTokenRequest(role, prefecture, false, TokenLifetime));
        var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = Hosts[host].BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        lock (_clients)
        {
            _clients.Add(client);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _handler.Dispose();
        foreach (var host in Hosts)
        {
            await host.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }
}

/// <summary>The test classes that share one <see cref="ClusterFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
