using GraphQL.Validation;
using GraphQLParser.AST;

namespace HomeCareNational.GraphQL.Http;

/// <summary>
/// Refuses mutations over GET: GET must stay safe, as HTTP and the GraphQL over HTTP specification require (the
/// endpoint answers 405 with <c>Allow: POST</c>). Queries run, and subscriptions stream when the client accepts an
/// event stream (browsers' EventSource can only GET). A validation rule, as in graphql-dotnet's own server, because
/// only graphql-dotnet knows which operation of the document is the one to run.
/// </summary>
public sealed class HttpGetValidationRule : ValidationRuleBase
{
    private static readonly HttpGetValidationRule Instance = new();

    private HttpGetValidationRule()
    {
    }

    /// <summary>The rules for a GET request's new document: graphql-dotnet's own, and this one.</summary>
    public static IEnumerable<IValidationRule> ForNewDocuments { get; } = [.. DocumentValidator.CoreRules, Instance];

    /// <summary>The rules for a GET request's document taken from a cache: it may have been cached from a POST, where mutations are allowed.</summary>
    public static IEnumerable<IValidationRule> ForCachedDocuments { get; } = [Instance];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation)
        {
            context.ReportError(new MutationOverGetError(context.Document.Source, context.Operation));
        }

        return default;
    }
}
