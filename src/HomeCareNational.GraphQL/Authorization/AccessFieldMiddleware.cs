using GraphQL.Instrumentation;
using HomeCareNational.GraphQL.Errors;
using Microsoft.AspNetCore.Authorization;

namespace HomeCareNational.GraphQL.Authorization;

/// <summary>
/// Enforces the declared policy of fields below the root, whose prefecture is the object they belong to
/// (e.g. a prefecture's change history), so it is known only while executing. Reads only: mutations are all
/// root fields, checked by <see cref="AccessValidationRule"/> before anything runs.
/// </summary>
public sealed class AccessFieldMiddleware(IAuthorizationService authorization) : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.Parent is null || context.FieldDefinition.Policy() is not { } policy)
        {
            return await next(context);
        }

        var scope = new PrefectureScope((context.Source as IPrefectureScoped)?.PrefectureCode);
        if (context.User is { } user && (await authorization.AuthorizeAsync(user, scope, policy)).Succeeded)
        {
            return await next(context);
        }

        throw new ExecutionError($"{AccessDeniedError.Explanation}: '{context.FieldDefinition.Name}'.") { Code = ErrorCodes.Forbidden };
    }
}
