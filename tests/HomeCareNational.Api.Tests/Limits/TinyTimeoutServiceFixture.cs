using System.Security.Cryptography;
using HomeCareNational.GraphQL.Limits;
using HomeCareNational.Host;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;
using HomeCareNational.Testing;
using Microsoft.AspNetCore.Builder;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>
/// A second instance of the service whose requests may run for one millisecond: every request that reaches a grain
/// outlives it. graphql-dotnet's timeout runs on the real clock and no field of the schema takes as long as a test
/// wants, so this is how a timeout is made to happen without slowing the suite. Its own empty Azurite, no demo data.
/// </summary>
public sealed class TinyTimeoutServiceFixture : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(1);

    private readonly AzuriteFixture _azurite = new();
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private WebApplication? _app;

    /// <summary>A client calling as a ministry analyst.</summary>
    public HttpClient Analyst { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _app = HomeCareApp.Build(
        [
            "--environment=Testing",
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:HomeCareStorage={_azurite.ConnectionString}",
            $"--Orleans:SiloPort={ServiceFixture.FreePort()}",
            $"--Orleans:GatewayPort={ServiceFixture.FreePort()}",
            $"--Orleans:ClusterId=api-tests-timeout-{Guid.NewGuid():N}",
            "--Logging:LogLevel:Default=Warning",
            "--DevelopmentIssuer:Enabled=true",
            $"--DevelopmentIssuer:SigningKey={_signingKey}",
            $"--{GraphQLLimitsOptions.Section}:{nameof(GraphQLLimitsOptions.ExecutionTimeout)}={Timeout}",
            .. TestIdentity.Arguments(),
        ]);
        await _app.StartAsync();
        var token = DevelopmentTokenIssuer.FromConfiguration(_app.Configuration, _app.Environment)
            .Issue(new DevelopmentTokenRequest(AppRoles.MinistryAnalyst, null, false, TimeSpan.FromHours(1)));
        Analyst = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
        Analyst.DefaultRequestHeaders.Authorization = new("Bearer", token);
    }

    public async Task DisposeAsync()
    {
        Analyst?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }
}
