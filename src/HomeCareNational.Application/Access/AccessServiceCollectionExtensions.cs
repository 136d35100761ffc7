using Microsoft.AspNetCore.Authorization;

namespace HomeCareNational.Application.Access;

/// <summary>Registers the access policies once, for every front door that enforces them (the GraphQL fields and the REST upload).</summary>
public static class AccessServiceCollectionExtensions
{
    /// <summary>Adds <see cref="AccessPolicies"/> as ASP.NET Core authorization policies and the handler that decides them.</summary>
    public static IServiceCollection AddHomeCareAccess(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, PrefectureAccessHandler>();
        var policies = services.AddAuthorizationBuilder();
        foreach (var (name, requirement) in AccessPolicies.Requirements)
        {
            policies.AddPolicy(name, policy => policy.AddRequirements(requirement));
        }

        return services;
    }
}
