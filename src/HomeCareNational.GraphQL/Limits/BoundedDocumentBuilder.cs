using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using HomeCareNational.GraphQL.Errors;
using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.Limits;

/// <summary>
/// Parses documents with the parser's nesting bound (<see cref="GraphQLLimitsOptions.MaxParserDepth"/>) and refuses,
/// before any validation rule walks it, a document whose fragment spreads expand past
/// <see cref="GraphQLLimitsOptions.MaxComplexity"/> selections (<see cref="FragmentFanOut"/>): graphql-dotnet's rules
/// walk every spread again, so a 2 KB document doubling its spreads over 24 levels would cost them 2^24 visits.
/// The parser reads at most <see cref="GraphQLLimitsOptions.MaxDocumentBytes"/> bytes, so the token count is bounded too.
/// </summary>
public sealed class BoundedDocumentBuilder(IOptions<GraphQLLimitsOptions> options) : IDocumentBuilder
{
    private readonly GraphQLLimitsOptions _limits = options.Value;

    private readonly GraphQLDocumentBuilder _parser = new() { MaxDepth = options.Value.MaxParserDepth };

    public GraphQLDocument Build(string body)
    {
        GraphQLDocument document;
        try
        {
            document = _parser.Build(body);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new ExecutionError($"The document nests deeper than {_limits.MaxParserDepth} syntax levels, the most the service parses.")
            {
                Code = ErrorCodes.DocumentTooDeep,
            };
        }

        var expanded = FragmentFanOut.Count(document, _limits.MaxComplexity);
        if (expanded > _limits.MaxComplexity)
        {
            throw new ExecutionError($"The document's fragments expand to more than {_limits.MaxComplexity} selections, the most allowed (GraphQL:Limits:MaxComplexity).")
            {
                Code = "COMPLEXITY",
            };
        }

        return document;
    }
}
