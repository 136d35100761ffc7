using GraphQL.Validation;
using GraphQLParser.AST;
using HomeCareNational.GraphQL.Errors;
using Microsoft.AspNetCore.Authorization;

namespace HomeCareNational.GraphQL.Authorization;

/// <summary>
/// Enforces the declared policy of every root query, mutation and subscription field before anything executes, with the
/// prefecture taken from the field's argument (literal or variable). So a forbidden mutation anywhere in a
/// document stops the whole document and nothing is written. Root fields without a policy are refused.
/// </summary>
public sealed class AccessValidationRule(IAuthorizationService authorization) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>(async (node, validation) =>
        {
            var parent = validation.TypeInfo.GetParentType();
            if (parent != validation.Schema.Query && parent != validation.Schema.Mutation && parent != validation.Schema.Subscription)
            {
                return;
            }

            var field = validation.TypeInfo.GetFieldDef();
            if (field is null || field.Name.StartsWith("__", StringComparison.Ordinal))
            {
                return;
            }

            if (!await IsAllowedAsync(validation, node, field))
            {
                validation.ReportError(new AccessDeniedError(validation.Document.Source, node, field.Name));
            }
        }));

    private async Task<bool> IsAllowedAsync(ValidationContext validation, GraphQLField node, FieldType field)
    {
        if (field.Policy() is not { } policy || validation.User is null)
        {
            return false;
        }

        var scope = PrefectureScope.None;
        if (field.PrefectureArgument() is { } argument
            && validation.ArgumentValues?.GetValueOrDefault(node)?.TryGetValue(argument, out var value) == true)
        {
            scope = new PrefectureScope(value.Value as string);
        }

        return (await authorization.AuthorizeAsync(validation.User, scope, policy)).Succeeded;
    }
}
