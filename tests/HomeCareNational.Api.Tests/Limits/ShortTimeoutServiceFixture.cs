using System.Security.Cryptography;
using HomeCareNational.GraphQL.Limits;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>
/// An instance of the service whose requests may run for a quarter of a second, far less than any import of thousands
/// of rows takes, while imports keep the default <see cref="GraphQLLimitsOptions.ImportExecutionTimeout"/>. Its own
/// empty Azurite, no demo data.
/// </summary>
public sealed class ShortTimeoutServiceFixture : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    private TestService? _service;

    public HttpClient EditorOf(string prefecture) => Client(new DevelopmentTokenRequest(AppRoles.PrefectureEditor, prefecture, false, TimeSpan.FromHours(1)));

    public async Task InitializeAsync() =>
        _service = await TestService.StartAsync(
            "Testing",
            [
                .. TestService.DevelopmentIssuer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                $"--{GraphQLLimitsOptions.Section}:{nameof(GraphQLLimitsOptions.ExecutionTimeout)}={Timeout}",
            ]);

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }

    private HttpClient Client(DevelopmentTokenRequest request)
    {
        var client = new HttpClient { BaseAddress = _service!.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", _service.Tokens.Issue(request));
        return client;
    }
}
