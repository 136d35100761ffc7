namespace HomeCareNational.GraphQL.Errors;

/// <summary>The values of <c>extensions.code</c> only the GraphQL transport answers with; the codes the use cases share are <see cref="ErrorCodes"/>.</summary>
internal static class GraphQLErrorCodes
{
    /// <summary>A GET request without the header that proves it was preflighted (see docs/api.md, "GraphQL over HTTP").</summary>
    public const string CsrfProtection = "CSRF_PROTECTION";

    /// <summary>A mutation sent with GET; only queries may be.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The document nests deeper than the parser reads (<c>GraphQL:Limits:MaxParserDepth</c>).</summary>
    public const string DocumentTooDeep = "DOCUMENT_TOO_DEEP";

    /// <summary>The document has more tokens than the service parses (<c>GraphQL:Limits:MaxTokens</c>).</summary>
    public const string TooManyTokens = "TOO_MANY_TOKENS";

    /// <summary>The document is longer than the service parses.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The document uses more aliases than allowed.</summary>
    public const string TooManyAliases = "TOO_MANY_ALIASES";

    /// <summary>A <c>query</c> from a caller that may only send persisted documents (a <c>documentId</c>).</summary>
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
}
