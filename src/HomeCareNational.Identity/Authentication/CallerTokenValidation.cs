using HomeCareNational.Identity.Tenancy;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HomeCareNational.Identity.Authentication;

/// <summary>
/// Applies the tenant registry to every token that passed validation, after Microsoft.Identity.Web's own handling, and
/// answers a token that passed every check before from <see cref="ValidatedTokenCache"/> until its expiry. A token that
/// fails validation is logged by the kind of failure alone, in the request's trace.
/// </summary>
internal static class CallerTokenValidation
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Wraps the handlers already configured, so that those keep running first.</summary>
    public static void Attach(JwtBearerEvents events)
    {
        var received = events.OnMessageReceived;
        events.OnMessageReceived = async context =>
        {
            await received(context);
            if (context.Result is null
                && (context.Token ?? BearerToken(context.Request.Headers.Authorization.ToString())) is { } token
                && context.HttpContext.RequestServices.GetRequiredService<ValidatedTokenCache>().TryGet(token, out var caller))
            {
                context.Principal = CallerClaims.ToPrincipal(caller);
                context.Success();
            }
        };

        var failed = events.OnAuthenticationFailed;
        events.OnAuthenticationFailed = async context =>
        {
            await failed(context);

            // The exception's type says why (signature, lifetime, issuer, audience); its message may quote claims, so it stays out.
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CallerTokenValidation).FullName!)
                .LogWarning("A bearer token was refused: {Failure}", context.Exception.GetType().Name);
        };

        var configured = events.OnTokenValidated;
        events.OnTokenValidated = async context =>
        {
            await configured(context);
            if (context.Result is null)
            {
                Resolve(context);
            }
        };
    }

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, read as JwtBearer reads it.</summary>
    private static string? BearerToken(string authorization) =>
        authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && authorization[BearerPrefix.Length..].Trim() is { Length: > 0 } token
            ? token
            : null;

    /// <summary>
    /// Refuses a token the registry refuses, even with a valid signature (401). Otherwise the principal becomes the
    /// resolved caller alone: the token's own role claims are left behind, so nothing downstream — <c>IsInRole</c>,
    /// a policy, <see cref="CallerIdentity.From"/> — can see a role the caller's tenant may not grant.
    /// </summary>
    private static void Resolve(TokenValidatedContext context)
    {
        if (context.SecurityToken is not JsonWebToken token)
        {
            context.Fail($"Expected a JSON web token, got {context.SecurityToken.GetType().Name}.");
            return;
        }

        var services = context.HttpContext.RequestServices;
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var prefectureClaim = services.GetRequiredService<IOptions<TenantRegistryOptions>>().Value.PrefectureClaim;
        if (TokenShape.Problem(token, services.GetRequiredService<IOptions<TokenRulesOptions>>().Value, prefectureClaim, now) is { } problem)
        {
            context.Fail(problem);
            return;
        }

        var registry = services.GetRequiredService<TenantRegistry>();
        if (registry.TryResolve(token.Claims, out var caller, out var rejection))
        {
            context.Principal = CallerClaims.ToPrincipal(caller);
            services.GetRequiredService<ValidatedTokenCache>().Add(token.EncodedToken, caller, new DateTimeOffset(token.ValidTo, TimeSpan.Zero));
        }
        else
        {
            context.Fail(rejection);
        }
    }
}
