namespace HomeCareNational.Identity.Authentication;

/// <summary>
/// The keys of the <see cref="Section"/> configuration section this service depends on. Microsoft.Identity.Web binds
/// the same section itself; this view exists so that a missing key stops the service at start-up
/// (<see cref="AzureAdOptionsValidator"/>) rather than failing the first request.
/// </summary>
public sealed class AzureAdOptions
{
    public const string Section = "AzureAd";

    /// <summary>The Entra instance, e.g. <c>https://login.microsoftonline.com/</c>.</summary>
    public string Instance { get; set; } = "";

    /// <summary><c>organizations</c> for this multi-tenant API: the tenant registry decides which tenants may call.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The Application (client) ID of the API's app registration.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The audience tokens must carry when it is not <see cref="ClientId"/> (Microsoft.Identity.Web then accepts only this one).</summary>
    public string? Audience { get; set; }

    /// <summary>The audience of a v2.0 access token for this API, as Microsoft.Identity.Web validates it.</summary>
    public string ApiAudience => string.IsNullOrWhiteSpace(Audience) ? ClientId : Audience;
}
