using HomeCareNational.Identity;
using Microsoft.AspNetCore.Authorization;

namespace HomeCareNational.Application.Access;

/// <summary>Decides a <see cref="PrefectureAccessRequirement"/> for the signed-in caller and a <see cref="PrefectureScope"/>.</summary>
internal sealed class PrefectureAccessHandler : AuthorizationHandler<PrefectureAccessRequirement, PrefectureScope>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PrefectureAccessRequirement requirement, PrefectureScope resource)
    {
        if (CallerIdentity.From(context.User) is { } caller && IsAllowed(caller, requirement, resource))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static bool IsAllowed(CallerIdentity caller, PrefectureAccessRequirement requirement, PrefectureScope resource) =>
        requirement.AnyPrefecture.Any(caller.HasRole)
        || (resource.PrefectureCode is not null
            && resource.PrefectureCode == caller.PrefectureCode
            && requirement.OwnPrefecture.Any(caller.HasRole));
}
