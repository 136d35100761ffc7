using HomeCareNational.Application.Errors;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Host.Dashboard;

/// <summary>
/// The dashboard's development sign-in: <c>POST /dashboard/development-token</c> hands out a development token for a
/// role (and prefecture). Only while the development issuer is enabled and never in Production, where it answers 404
/// as if it did not exist: the service already refuses to start there with the issuer on, and this is the second lock.
/// </summary>
public static class DevelopmentSignInEndpoint
{
    public const string Path = DashboardEndpoints.Path + "/development-token";

    /// <summary>An hour, as the token command's default: a working session, then the page asks again.</summary>
    private static readonly TimeSpan Lifetime = DevelopmentTokenRequest.DefaultLifetime;

    public static bool IsOffered(DevelopmentIssuerOptions issuer, IHostEnvironment environment) => issuer.Enabled && !environment.IsProduction();

    public static IEndpointRouteBuilder MapDevelopmentSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, Issue)
            .WithName("DashboardDevelopmentToken")
            .WithTags("Dashboard")
            .WithDescription("A development token for the dashboard's development sign-in; 404 unless the development issuer is enabled outside Production.")
            .ExcludeFromDescription();
        return app;
    }

    private static Results<Ok<DevelopmentSignInResponse>, NotFound, ProblemHttpResult> Issue(
        DevelopmentSignInRequest? request, IOptions<DevelopmentIssuerOptions> issuer, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!IsOffered(issuer.Value, environment))
        {
            return TypedResults.NotFound();
        }

        if (request?.Role is not { } role || !AppRoles.Data.Contains(role))
        {
            return DashboardEndpoints.Invalid(DashboardErrorCodes.InvalidSignIn, $"role: one of {string.Join(", ", AppRoles.Data)}.");
        }

        var tokenRequest = new DevelopmentTokenRequest(role, string.IsNullOrEmpty(request.PrefectureCode) ? null : request.PrefectureCode, false, Lifetime);
        if (tokenRequest.Problem() is { } problem)
        {
            return DashboardEndpoints.Invalid(DashboardErrorCodes.InvalidSignIn, problem);
        }

        var time = TimeProvider.System;
        var token = DevelopmentTokenIssuer.FromConfiguration(configuration, environment, time).Issue(tokenRequest);
        return TypedResults.Ok(new DevelopmentSignInResponse(token, time.GetUtcNow() + Lifetime));
    }
}

/// <summary>Who to sign in as.</summary>
/// <param name="Role">One of the data roles.</param>
/// <param name="PrefectureCode">The prefecture, for the Prefecture roles only.</param>
public sealed record DevelopmentSignInRequest(string? Role, string? PrefectureCode);

/// <summary>The token and when it expires.</summary>
public sealed record DevelopmentSignInResponse(string AccessToken, DateTimeOffset ExpiresOn);
