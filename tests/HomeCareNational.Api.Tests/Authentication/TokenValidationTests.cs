using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HomeCareNational.Abstractions;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Authentication;
using HomeCareNational.Identity.Development;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Orleans;

namespace HomeCareNational.Api.Tests.Authentication;

/// <summary>
/// Every token the service must refuse is refused before anything executes: 401 (403 for a valid token with no
/// effective role), and the write it carried changes nothing. Each attempt is a valid submission that an editor of
/// the prefecture could make, so only the token stands between it and the register.
/// </summary>
[WritesRegisters(Year, Prefecture)]
[Collection(ServiceCollection.Name)]
public sealed class TokenValidationTests(ServiceFixture service, ProductionServiceFixture production)
    : IClassFixture<ProductionServiceFixture>, IAsyncLifetime
{
    private const string Prefecture = "45";
    private const string Municipality = "45201";

    /// <summary>The fiscal year of the class's claim, where the editor's register is its own.</summary>
    private const int Year = 2031;

    private static int attempt;

    private static DateTime Now => DateTime.UtcNow;

    public Task InitializeAsync() => Editor.SubmitAreasAsync(Prefecture, Year, Municipality);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_submission_with_the_editors_own_token_is_written()
    {
        var before = await NationalVersionAsync();

        using var response = await SubmitAsync(service.BaseAddress, EditorToken(_ => { }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await NationalVersionAsync() > before);
    }

    [Fact]
    public Task Without_a_token_it_is_401() => AssertRefusedAsync(token: null, HttpStatusCode.Unauthorized);

    [Fact]
    public Task An_expired_token_is_401() => AssertRefusedAsync(EditorToken(token =>
    {
        token.IssuedAt = token.NotBefore = Now.AddHours(-2);
        token.Expires = Now.AddHours(-1);
    }));

    [Fact]
    public Task A_token_not_yet_valid_is_401() => AssertRefusedAsync(EditorToken(token =>
    {
        token.IssuedAt = Now;
        token.NotBefore = Now.AddHours(1);
        token.Expires = Now.AddHours(2);
    }));

    [Fact]
    public Task A_token_for_another_audience_is_401() =>
        AssertRefusedAsync(EditorToken(token => token.Audience = "api://another-ministry-api"));

    [Fact]
    public Task A_token_from_another_issuer_signed_with_the_same_key_is_401() =>
        AssertRefusedAsync(EditorToken(token => token.Issuer = "https://login.microsoftonline.com/" + TestIdentity.MinistryTenantId + "/v2.0"));

    [Fact]
    public Task A_validly_signed_token_from_a_tenant_not_in_the_registry_is_401() =>
        AssertRefusedAsync(EditorToken(token => token.Claims[EntraClaimNames.TenantId] = Guid.NewGuid().ToString()));

    [Fact]
    public Task A_token_with_a_tampered_signature_is_401()
    {
        var parts = EditorToken(_ => { }).Split('.');
        var signature = parts[2].ToCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';

        return AssertRefusedAsync($"{parts[0]}.{parts[1]}.{new string(signature)}");
    }

    [Fact]
    public Task A_token_whose_claims_were_changed_after_signing_is_401()
    {
        var parts = EditorToken(_ => { }).Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace(TestIdentity.TenantOf(Prefecture), TestIdentity.TenantOf("13"), StringComparison.Ordinal);

        return AssertRefusedAsync($"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}");
    }

    [Fact]
    public Task An_unsigned_alg_none_token_is_401()
    {
        var payload = EditorToken(_ => { }).Split('.')[1];

        return AssertRefusedAsync($"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{payload}.");
    }

    [Fact]
    public Task A_valid_token_without_roles_is_403() =>
        AssertRefusedAsync(EditorToken(token => token.Claims.Remove(EntraClaimNames.Roles)), HttpStatusCode.Forbidden);

    [Fact]
    public Task A_valid_token_whose_only_role_its_tenant_may_not_grant_is_403() =>
        AssertRefusedAsync(EditorToken(token => token.Claims[EntraClaimNames.Roles] = new[] { AppRoles.MinistryAnalyst }), HttpStatusCode.Forbidden);

    [Fact]
    public async Task A_development_token_is_401_where_the_service_runs_as_Production()
    {
        using var response = await SubmitAsync(production.BaseAddress, EditorToken(_ => { }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var national = production.Services.GetRequiredService<IGrainFactory>().GetGrain<INationalGrain>(INationalGrain.Key);
        Assert.Null(await national.GetTotalsAsync(Year));
    }

    private HttpClient Editor => service.ClientFor(AppRoles.PrefectureEditor, Prefecture);

    /// <summary>A token the service would accept from the prefecture's editor, with one thing changed.</summary>
    private string EditorToken(Action<SecurityTokenDescriptor> change)
    {
        var token = service.Tokens.Describe(new DevelopmentTokenRequest(AppRoles.PrefectureEditor, Prefecture));
        change(token);
        return new JsonWebTokenHandler().CreateToken(token);
    }

    private async Task AssertRefusedAsync(string? token, HttpStatusCode expected = HttpStatusCode.Unauthorized)
    {
        var before = await NationalVersionAsync();

        using var response = await SubmitAsync(service.BaseAddress, token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, await NationalVersionAsync());
    }

    /// <summary>A valid submission of one new institution, different every time, so that an accepted one always changes the version.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(Uri service, string? token)
    {
        using var client = new HttpClient { BaseAddress = service };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var code = $"MIYAZAKI-VNS-{Interlocked.Increment(ref attempt)}";
        return await client.SendGraphQLAsync(RegisterRequests.SubmitDesignations, new
        {
            prefecture = Prefecture,
            year = Year,
            institutions = new[] { RegisterRequests.Institution(code, "VISITING_NURSE_STATION", Municipality) },
        });
    }

    private async Task<long> NationalVersionAsync() =>
        (await service.ClientFor(AppRoles.MinistryAnalyst).NationalAsync(Year))["version"]!.GetValue<long>();
}
