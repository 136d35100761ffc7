using System.Security.Cryptography;
using HomeCareNational.GraphQL.Limits;
using HomeCareNational.Identity.Development;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>
/// An instance of the service whose requests may run for <paramref name="timeout"/>, with its own empty Azurite and no
/// demo data: graphql-dotnet's timeout runs on the real clock and no field of the schema takes as long as a test wants,
/// so this is how a timeout is made to happen without slowing the suite.
/// </summary>
public abstract class TimeoutServiceFixture(TimeSpan timeout) : IAsyncLifetime
{
    private TestService? _service;

    /// <summary>A client calling with <paramref name="role"/>'s token (for <paramref name="prefecture"/>, if any).</summary>
    public HttpClient ClientFor(string role, string? prefecture = null)
    {
        var client = new HttpClient { BaseAddress = _service!.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", _service.Tokens.Issue(new DevelopmentTokenRequest(role, prefecture, false, TimeSpan.FromHours(1))));
        return client;
    }

    public async Task InitializeAsync() =>
        _service = await TestService.StartAsync(
            "Testing",
            [
                .. TestService.DevelopmentIssuer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                $"--{GraphQLLimitsOptions.Section}:{nameof(GraphQLLimitsOptions.ExecutionTimeout)}={timeout}",
            ]);

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}
