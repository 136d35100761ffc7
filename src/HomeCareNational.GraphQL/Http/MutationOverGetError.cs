using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.Http;

/// <summary>A mutation (or any operation but a query) sent with GET.</summary>
public sealed class MutationOverGetError : ValidationError
{
    public MutationOverGetError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null, $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET: use POST.", operation)
    {
        Code = GraphQLErrorCodes.MethodNotAllowed;
    }
}
