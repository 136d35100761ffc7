using System.Net.Http.Headers;
using System.Security.Cryptography;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;

namespace HomeCareNational.Api.Tests.DemoData;

/// <summary>The service as run-demo.sh starts it: the demo register and its synthetic FY2025 history.</summary>
public sealed class DemoHistoryServiceFixture : IAsyncLifetime
{
    private TestService? _service;

    /// <summary>A client calling as a Ministry.Analyst.</summary>
    public HttpClient Analyst { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _service = await TestService.StartAsync(
            "Testing",
            ["--HomeCare:SeedDemoData=true", "--HomeCare:DemoData:History=true", .. TestService.DevelopmentIssuer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))]);
        Analyst = new HttpClient { BaseAddress = _service.BaseAddress };
        Analyst.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", _service.Tokens.Issue(new DevelopmentTokenRequest(AppRoles.MinistryAnalyst, null, false, TimeSpan.FromHours(1))));
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
