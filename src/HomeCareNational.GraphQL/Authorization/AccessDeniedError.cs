using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.Authorization;

/// <summary>A field the caller may not use; says which field, and nothing about the data behind it.</summary>
public sealed class AccessDeniedError : ValidationError
{
    public const string Explanation = "You are not allowed to use this field";

    public AccessDeniedError(ROM source, ASTNode node, string fieldName)
        : base(source, "authorization", $"{Explanation}: '{fieldName}'.", node)
    {
        Code = ErrorCodes.Forbidden;
    }
}
