using GraphQL.Instrumentation;

namespace HomeCareNational.GraphQL.Authorization;

/// <summary>
/// Enforces the declared policy of fields below the root, whose prefecture is the object they belong to
/// (e.g. a prefecture's change history), so it is known only while executing. Reads only: mutations are all
/// root fields, checked by <see cref="AccessValidationRule"/> before anything runs.
/// </summary>
public sealed class AccessFieldMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.Parent is not null && context.FieldDefinition.Policy() is { } policy)
        {
            await ExecutionAccess.DemandAsync(context, policy, (context.Source as IPrefectureScoped)?.PrefectureCode);
        }

        return await next(context);
    }
}
