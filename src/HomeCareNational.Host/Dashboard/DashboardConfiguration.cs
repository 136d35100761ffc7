using HomeCareNational.DemoData;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Host.Hosting;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Authentication;
using HomeCareNational.Identity.Development;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Host.Dashboard;

/// <summary>What the dashboard page needs to know before anyone signs in, served as <c>/dashboard/config.json</c>.</summary>
/// <param name="Entra">How MSAL.js signs the user in; from the <c>AzureAd</c> section, the same registration the API validates tokens for.</param>
/// <param name="DevelopmentSignIn">Whether the development sign-in is offered (<see cref="DevelopmentSignInEndpoint"/>).</param>
/// <param name="DemoDataLabel">The synthetic-data label while the demo register is loaded; null otherwise.</param>
/// <param name="Roles">The roles the development sign-in offers.</param>
/// <param name="PrefectureBoundRoles">The roles that act for a prefecture.</param>
/// <param name="Prefectures">The 47 prefectures, for the sign-in's picker before any API call is possible.</param>
public sealed record DashboardConfiguration(
    EntraSignIn Entra,
    bool DevelopmentSignIn,
    string? DemoDataLabel,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> PrefectureBoundRoles,
    IReadOnlyList<Prefecture> Prefectures)
{
    public static DashboardConfiguration From(IOptions<AzureAdOptions> azureAd, IOptions<DevelopmentIssuerOptions> issuer, IConfiguration configuration, IHostEnvironment environment) => new(
        EntraSignIn.From(azureAd.Value),
        DevelopmentSignInEndpoint.IsOffered(issuer.Value, environment),
        configuration.GetValue<bool>(HomeCareSettings.SeedDemoDataKey) ? DemoRegister.Label : null,
        AppRoles.Data,
        AppRoles.PrefectureBound,
        HomeCareNational.Domain.Reference.Prefectures.All);
}

/// <summary>MSAL.js's settings: authorization code flow with PKCE against the API's own app registration.</summary>
/// <param name="ClientId">The app registration's client id (<c>AzureAd:ClientId</c>).</param>
/// <param name="Authority">The instance and tenant (<c>AzureAd:Instance</c> + <c>AzureAd:TenantId</c>; <c>organizations</c> for this multi-tenant app).</param>
/// <param name="Scopes">The delegated scope the page asks for, so the access token is for this API.</param>
public sealed record EntraSignIn(string ClientId, string Authority, IReadOnlyList<string> Scopes)
{
    public static EntraSignIn From(AzureAdOptions options) => new(
        options.ClientId,
        new Uri(new Uri(options.Instance), options.TenantId).ToString(),
        [$"api://{options.ClientId}/{DevelopmentTokenIssuer.UserScope}"]);

    /// <summary>The origin MSAL.js redeems the authorization code at, the one origin besides the service's the page may connect to.</summary>
    public string AuthorityOrigin => new Uri(Authority).GetLeftPart(UriPartial.Authority);
}
