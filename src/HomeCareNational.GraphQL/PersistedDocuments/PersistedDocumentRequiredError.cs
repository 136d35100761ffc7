using GraphQL.Execution;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.PersistedDocuments;

/// <summary>A raw <c>query</c> from a caller that may only send persisted documents.</summary>
public sealed class PersistedDocumentRequiredError : RequestError
{
    public PersistedDocumentRequiredError()
        : base("This caller may only send persisted documents: send 'documentId' (see the README, \"Persisted documents\") instead of 'query'.")
    {
        Code = GraphQLErrorCodes.PersistedDocumentRequired;
    }
}
