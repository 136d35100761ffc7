using System.Security.Cryptography;
using System.Text;
using HomeCareNational.Identity.Authentication;
using HomeCareNational.Identity.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HomeCareNational.Identity.Development;

/// <summary>
/// Mints tokens that the service accepts when its development issuer is enabled: shaped like Entra's v2.0 access
/// tokens for this API (tenant, object id, roles, scope or <c>idtyp</c>, client app), signed with the development key.
/// Used by the <c>token</c> command and by tests.
/// </summary>
public sealed class DevelopmentTokenIssuer
{
    /// <summary>The delegated scope the API's app registration exposes (infra/entra-app-manifest.json).</summary>
    public const string UserScope = "access_as_user";

    private readonly DevelopmentIssuerOptions issuer;
    private readonly TenantRegistryOptions tenants;
    private readonly string audience;
    private readonly TimeProvider time;
    private readonly SigningCredentials credentials;

    /// <param name="issuer">Development issuer options that passed <see cref="DevelopmentIssuerOptionsValidator"/>.</param>
    /// <param name="tenants">The tenant registry the service uses, so each prefecture's token comes from its tenant.</param>
    /// <param name="audience">The API's audience (<see cref="AzureAdOptions.ApiAudience"/>).</param>
    /// <param name="time">The clock for issue and expiry times.</param>
    public DevelopmentTokenIssuer(DevelopmentIssuerOptions issuer, TenantRegistryOptions tenants, string audience, TimeProvider time)
    {
        this.issuer = issuer;
        this.tenants = tenants;
        this.audience = audience;
        this.time = time;
        credentials = new SigningCredentials(issuer.CreateSigningKey(), SecurityAlgorithms.HmacSha256);
    }

    /// <summary>
    /// An issuer for the configuration the service would run with. Throws <see cref="OptionsValidationException"/>,
    /// naming each key, when the development issuer is not enabled or the configuration would not start the service.
    /// </summary>
    public static DevelopmentTokenIssuer FromConfiguration(IConfiguration configuration, IHostEnvironment environment, TimeProvider? time = null)
    {
        var options = Bind<DevelopmentIssuerOptions>(configuration, DevelopmentIssuerOptions.Section);
        var registry = Bind<TenantRegistryOptions>(configuration, TenantRegistryOptions.Section);
        var azureAd = Bind<AzureAdOptions>(configuration, AzureAdOptions.Section);
        List<string> failures = options.Enabled
            ? []
            : [$"Configuration key '{DevelopmentIssuerOptions.Section}:{nameof(options.Enabled)}' is not true: the service would not accept development tokens."];
        failures.AddRange(new DevelopmentIssuerOptionsValidator(environment).Validate(null, options).Failures ?? []);
        failures.AddRange(new TenantRegistryOptionsValidator().Validate(null, registry).Failures ?? []);
        failures.AddRange(new AzureAdOptionsValidator().Validate(null, azureAd).Failures ?? []);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(DevelopmentIssuerOptions.Section, typeof(DevelopmentIssuerOptions), failures);
        }

        return new DevelopmentTokenIssuer(options, registry, azureAd.ApiAudience, time ?? TimeProvider.System);
    }

    /// <summary>A signed token for <paramref name="request"/>.</summary>
    public string Issue(DevelopmentTokenRequest request) => new JsonWebTokenHandler().CreateToken(Describe(request));

    /// <summary>
    /// The token <see cref="Issue"/> would sign, before signing: tests change one thing in it to make a token the
    /// service must refuse. Throws <see cref="ArgumentException"/> for a request no real caller could make.
    /// </summary>
    public SecurityTokenDescriptor Describe(DevelopmentTokenRequest request)
    {
        if (request.Problem() is { } problem)
        {
            throw new ArgumentException(problem);
        }

        var persona = $"{(request.IsApplication ? "app" : "user")}|{request.Role}|{request.PrefectureCode}";
        var objectId = DerivedId("oid|" + persona);
        var label = $"{request.Role}{(request.PrefectureCode is null ? "" : ", " + request.PrefectureCode)}";
        Dictionary<string, object> claims = new()
        {
            [EntraClaimNames.Version] = "2.0",
            [EntraClaimNames.ObjectId] = objectId,
            [EntraClaimNames.Roles] = new[] { request.Role },
        };
        if (request.IsApplication)
        {
            // Client credentials: the subject is the application itself, and there are no delegated scopes.
            claims[EntraClaimNames.Subject] = objectId;
            claims[EntraClaimNames.IdentityType] = EntraClaimNames.AppOnlyIdentityType;
            claims[EntraClaimNames.AuthorizedParty] = DerivedId("client|" + persona);
            claims[EntraClaimNames.AppDisplayName] = $"Development app ({label})";
        }
        else
        {
            claims[EntraClaimNames.Subject] = DerivedId("sub|" + persona);
            claims[EntraClaimNames.Scope] = UserScope;
            claims[EntraClaimNames.AuthorizedParty] = DerivedId("client|user");
            claims[EntraClaimNames.Name] = $"Development user ({label})";
        }

        var ownTenant = request.PrefectureCode is null ? null : tenants.Tenants.FirstOrDefault(t => t.PrefectureCode == request.PrefectureCode);
        if (ownTenant is not null)
        {
            claims[EntraClaimNames.TenantId] = ownTenant.TenantId;
        }
        else
        {
            // A prefecture without a tenant of its own signs in as a guest of the ministry's tenant, which names the prefecture.
            claims[EntraClaimNames.TenantId] = tenants.MinistryTenantId;
            if (request.PrefectureCode is not null)
            {
                claims[tenants.PrefectureClaim] = request.PrefectureCode;
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        return new SecurityTokenDescriptor
        {
            Issuer = issuer.Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + request.EffectiveLifetime,
            Claims = claims,
            SigningCredentials = credentials,
        };
    }

    /// <summary>The same id for the same persona every time, so a developer's writes are attributed consistently.</summary>
    private static string DerivedId(string persona) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(persona)).AsSpan(0, 16)).ToString();

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new() =>
        configuration.GetSection(section).Get<T>() ?? new T();
}
