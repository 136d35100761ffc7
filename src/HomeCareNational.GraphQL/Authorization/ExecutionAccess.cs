using HomeCareNational.GraphQL.Errors;
using Microsoft.AspNetCore.Authorization;

namespace HomeCareNational.GraphQL.Authorization;

/// <summary>
/// Decides a declared policy while executing, for a prefecture only known then (the object a field belongs to, or
/// the one a node id names). Used by <see cref="AccessFieldMiddleware"/> and the <c>node</c> field, so both refuse alike.
/// </summary>
public static class ExecutionAccess
{
    /// <summary>Returns when the caller satisfies <paramref name="policy"/> for the prefecture; otherwise throws a FORBIDDEN error naming the field.</summary>
    public static async Task DemandAsync(IResolveFieldContext context, string policy, string? prefectureCode)
    {
        var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
        if (context.User is { } user && (await authorization.AuthorizeAsync(user, new PrefectureScope(prefectureCode), policy)).Succeeded)
        {
            return;
        }

        throw new ExecutionError($"{AccessDeniedError.Explanation}: '{context.FieldDefinition.Name}'.") { Code = ErrorCodes.Forbidden };
    }
}
