using System.Security.Cryptography;
using HomeCareNational.GraphQL.Limits;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>
/// A second instance of the service whose requests may run for one millisecond: every request that reaches a grain
/// outlives it. graphql-dotnet's timeout runs on the real clock and no field of the schema takes as long as a test
/// wants, so this is how a timeout is made to happen without slowing the suite. Its own empty Azurite, no demo data.
/// </summary>
public sealed class TinyTimeoutServiceFixture : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(1);

    private TestService? _service;

    /// <summary>A client calling as a ministry analyst.</summary>
    public HttpClient Analyst { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _service = await TestService.StartAsync(
            "Testing",
            [
                .. TestService.DevelopmentIssuer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                $"--{GraphQLLimitsOptions.Section}:{nameof(GraphQLLimitsOptions.ExecutionTimeout)}={Timeout}",
            ]);
        var token = _service.Tokens.Issue(new DevelopmentTokenRequest(AppRoles.MinistryAnalyst, null, false, TimeSpan.FromHours(1)));
        Analyst = new HttpClient { BaseAddress = _service.BaseAddress };
        Analyst.DefaultRequestHeaders.Authorization = new("Bearer", token);
    }

    public async Task DisposeAsync()
    {
        Analyst?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}
