using HomeCareNational.Identity.Authentication;
using HomeCareNational.Identity.Development;
using HomeCareNational.Identity.Tenancy;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace HomeCareNational.Identity;

/// <summary>Composes sign-in: Entra ID bearer tokens through Microsoft.Identity.Web, the tenant registry, the development issuer.</summary>
public static class HomeCareAuthenticationExtensions
{
    private const string Scheme = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>
    /// Adds bearer authentication from the <see cref="AzureAdOptions.Section"/> section, the tenant registry
    /// (<see cref="TenantRegistryOptions.Section"/>) applied to every validated token, the development issuer
    /// (<see cref="DevelopmentIssuerOptions.Section"/>) when enabled, and the <see cref="HomeCarePolicies.Caller"/>
    /// and <see cref="HomeCarePolicies.Operations"/> policies, and the token rules (<see cref="TokenRulesOptions.Section"/>: claims as typed, a maximum lifetime). All four
    /// sections are validated at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddHomeCareAuthentication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        AddValidatedOptions<AzureAdOptions, AzureAdOptionsValidator>(services, AzureAdOptions.Section);
        AddValidatedOptions<TenantRegistryOptions, TenantRegistryOptionsValidator>(services, TenantRegistryOptions.Section);
        AddValidatedOptions<DevelopmentIssuerOptions, DevelopmentIssuerOptionsValidator>(services, DevelopmentIssuerOptions.Section);
        AddValidatedOptions<TokenRulesOptions, TokenRulesOptionsValidator>(services, TokenRulesOptions.Section);
        services.AddSingleton(provider => new TenantRegistry(provider.GetRequiredService<IOptions<TenantRegistryOptions>>().Value));
        services.AddSingleton(provider => new ValidatedTokenCache(provider.GetService<TimeProvider>() ?? TimeProvider.System));

        services.AddAuthentication(Scheme).AddMicrosoftIdentityWebApi(builder.Configuration, AzureAdOptions.Section, Scheme);

        // The role check is this service's, so that a valid token without an effective role is a 403. Identity.Web
        // would otherwise refuse a token with neither roles nor scopes as an authentication failure (IDW10201, a 401).
        services.Configure<MicrosoftIdentityOptions>(Scheme, options => options.AllowWebApiToBeAuthorizedByACL = true);

        // Registered after Identity.Web's own configuration, so this runs after it and wraps its event handlers.
        services.AddOptions<JwtBearerOptions>(Scheme).Configure<IOptions<DevelopmentIssuerOptions>>((options, issuer) =>
        {
            if (issuer.Value.Enabled)
            {
                DevelopmentIssuerTrust.Apply(options, issuer.Value);
            }

            CallerTokenValidation.Attach(options.Events ??= new JwtBearerEvents());
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(HomeCarePolicies.Caller, policy => RequireEffectiveRole(policy, AppRoles.Data))
            .AddPolicy(HomeCarePolicies.Operations, policy => RequireEffectiveRole(policy, [AppRoles.Operations]));
        return builder;
    }

    private static void RequireEffectiveRole(AuthorizationPolicyBuilder policy, IReadOnlyList<string> anyOf) => policy
        .AddAuthenticationSchemes(Scheme)
        .RequireAuthenticatedUser()
        .RequireAssertion(context => CallerIdentity.From(context.User) is { } caller && anyOf.Any(caller.HasRole));

    private static void AddValidatedOptions<TOptions, TValidator>(IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }
}
