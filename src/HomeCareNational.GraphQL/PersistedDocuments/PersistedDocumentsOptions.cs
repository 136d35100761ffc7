namespace HomeCareNational.GraphQL.PersistedDocuments;

/// <summary>Who must send persisted documents; bound from the <see cref="Section"/> configuration section.</summary>
public sealed class PersistedDocumentsOptions
{
    public const string Section = "GraphQL:PersistedDocuments";

    /// <summary>
    /// When true (the default), a caller whose only role is <c>Dashboard.Reader</c> may only send a <c>documentId</c>; a
    /// <c>query</c> from it is refused with PERSISTED_DOCUMENT_REQUIRED. A dashboard's token, if leaked, then runs only
    /// the documents reviewed into the repository. Other callers may send either.
    /// </summary>
    public bool DashboardReaderPersistedOnly { get; set; } = true;
}
