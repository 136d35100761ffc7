using GraphQL.Validation;
using GraphQLParser.AST;
using HomeCareNational.GraphQL.Errors;
using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.Limits;

/// <summary>
/// Refuses a document with more than <see cref="GraphQLLimitsOptions.MaxAliases"/> aliases. graphql-dotnet has no
/// such limit of its own, and the complexity limit alone lets a document ask for the same cheap field under
/// thousands of names, each resolved separately.
/// </summary>
public sealed class AliasLimitRule(IOptions<GraphQLLimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new AliasCounter(options.Value.MaxAliases));

    /// <summary>Counts across the whole document, fragments included, and reports once at its end.</summary>
    private sealed class AliasCounter(int maxAliases) : INodeVisitor
    {
        private int _count;
        private GraphQLField? _firstOverLimit;

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLField { Alias: not null } field && ++_count == maxAliases + 1)
            {
                _firstOverLimit = field;
            }

            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLDocument && _firstOverLimit is { } field)
            {
                context.ReportError(new ValidationError(
                    context.Document.Source,
                    null,
                    $"The document uses {_count} aliases; at most {maxAliases} are allowed.",
                    field)
                {
                    Code = GraphQLErrorCodes.TooManyAliases,
                });
            }

            return default;
        }
    }
}
