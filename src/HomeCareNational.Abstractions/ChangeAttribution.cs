namespace HomeCareNational.Abstractions;

/// <summary>Who made an accepted change, as the caller's validated token said; kept with the change for the audit trail.</summary>
/// <param name="ObjectId">Object id of the user or application (<c>oid</c>).</param>
/// <param name="DisplayName">The user's or application's name.</param>
/// <param name="TenantId">The Entra tenant the caller signed in from (<c>tid</c>).</param>
/// <param name="PrefectureCode">The prefecture the caller acted for; null for ministry callers and the service itself.</param>
/// <param name="Role">The app role that allowed the change, e.g. Prefecture.Editor.</param>
/// <param name="IsApplication">True for an app-only token (a prefecture's own system), false for a signed-in user.</param>
/// <param name="ClientAppId">The client application the caller used (<c>azp</c> / <c>appid</c>).</param>
[GenerateSerializer, Immutable]
public sealed record ChangeAttribution(
    [property: Id(0)] string ObjectId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string TenantId,
    [property: Id(3)] string? PrefectureCode,
    [property: Id(4)] string Role,
    [property: Id(5)] bool IsApplication,
    [property: Id(6)] string? ClientAppId)
{
    /// <summary>The role recorded for changes the service makes itself.</summary>
    public const string ServiceRole = "Service";

    /// <summary>A change made by the service itself, e.g. loading the demo register.</summary>
    public static ChangeAttribution Service(string component) => new($"service:{component}", component, "", null, ServiceRole, true, null);
}
