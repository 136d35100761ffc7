using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using HomeCareNational.GraphQL.Errors;
using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.Limits;

/// <summary>
/// Parses documents with the parser's nesting bound (<see cref="GraphQLLimitsOptions.MaxParserDepth"/>) and refuses,
/// before any validation rule walks it, a document whose fragment spreads expand past
/// <see cref="GraphQLLimitsOptions.MaxComplexity"/> selections (<see cref="FragmentFanOut"/>): graphql-dotnet's rules
/// walk every spread again, so a 2 KB document doubling its spreads over 24 levels would cost them 2^24 visits. Nor may
/// one selection set merge more than <see cref="GraphQLLimitsOptions.MaxSelectionWidth"/> fields at its level.
/// Before parsing, the document's tokens are counted against <see cref="GraphQLLimitsOptions.MaxTokens"/>.
/// </summary>
public sealed class BoundedDocumentBuilder(IOptions<GraphQLLimitsOptions> options) : IDocumentBuilder
{
    private readonly GraphQLLimitsOptions _limits = options.Value;

    private readonly GraphQLDocumentBuilder _parser = new() { MaxDepth = options.Value.MaxParserDepth };

    public GraphQLDocument Build(string body)
    {
        if (CountTokens(body) > _limits.MaxTokens)
        {
            // Validation reports each unknown field with its place in the text: thousands of them cost seconds.
            throw new ExecutionError($"The document has more than {_limits.MaxTokens} tokens, the most the service parses (GraphQL:Limits:MaxTokens).")
            {
                Code = GraphQLErrorCodes.TooManyTokens,
            };
        }

        GraphQLDocument document;
        try
        {
            document = _parser.Build(body);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new ExecutionError($"The document nests deeper than {_limits.MaxParserDepth} syntax levels, the most the service parses.")
            {
                Code = GraphQLErrorCodes.DocumentTooDeep,
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

        var widest = FragmentFanOut.Widest(document, _limits.MaxSelectionWidth);
        if (widest > _limits.MaxSelectionWidth)
        {
            throw new ExecutionError($"A selection set of the document merges more than {_limits.MaxSelectionWidth} fields at one level, the most allowed (GraphQL:Limits:MaxSelectionWidth).")
            {
                Code = "COMPLEXITY",
            };
        }

        return document;
    }

    /// <summary>The document's tokens, counted up to one past the limit; a lexical error ends the count (the parser reports it).</summary>
    private int CountTokens(string body)
    {
        var count = 0;
        var at = 0;
        try
        {
            while (count <= _limits.MaxTokens)
            {
                var token = Lexer.Lex(body, at);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                count++;
                at = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Counted so far; parsing refuses the rest.
        }

        return count;
    }
}
