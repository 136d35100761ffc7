using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using GraphQL.PersistedDocuments;

namespace HomeCareNational.GraphQL.PersistedDocuments;

/// <summary>
/// The documents dashboards may send by id: the <c>PersistedDocuments/*.graphql</c> files of this project, embedded in
/// the assembly and read once. Each has two ids: <c>sha256:&lt;hex&gt;</c> of its UTF-8 text, as the persisted
/// documents appendix of GraphQL over HTTP defines, and its file name (e.g. <c>nationalTotals</c>), a custom id
/// that survives edits to the document.
/// </summary>
public sealed class PersistedDocumentStore : IPersistedDocumentLoader
{
    public const string Sha256Prefix = "sha256";

    private const string ResourcePrefix = "PersistedDocuments/";
    private const string ResourceSuffix = ".graphql";

    private readonly FrozenDictionary<string, PersistedDocument> byHash;
    private readonly FrozenDictionary<string, PersistedDocument> byName;

    public PersistedDocumentStore()
    {
        var assembly = typeof(PersistedDocumentStore).Assembly;
        var documents = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .ToList();
        byHash = documents.ToFrozenDictionary(d => d.Hash, StringComparer.Ordinal);
        byName = documents.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
    }

    /// <summary>Every persisted document, by file name.</summary>
    public IReadOnlyCollection<PersistedDocument> Documents => byName.Values;

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        new((documentIdPrefix switch
        {
            Sha256Prefix => byHash.GetValueOrDefault(documentIdPayload),
            null => byName.GetValueOrDefault(documentIdPayload),
            _ => null,
        })?.Text);

    /// <summary>The <c>sha256:&lt;hex&gt;</c> id of a document text.</summary>
    public static string IdOf(string text) => $"{Sha256Prefix}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}";

    private static PersistedDocument Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        var name = resourceName[ResourcePrefix.Length..^ResourceSuffix.Length];
        return new PersistedDocument(name, IdOf(text)[(Sha256Prefix.Length + 1)..], text);
    }
}

/// <summary>One persisted document.</summary>
/// <param name="Name">Its file name without extension, also its custom id.</param>
/// <param name="Hash">Lower-case hex SHA-256 of <paramref name="Text"/> in UTF-8.</param>
/// <param name="Text">The GraphQL document.</param>
public sealed record PersistedDocument(string Name, string Hash, string Text)
{
    /// <summary>The id to send as <c>documentId</c>: <c>sha256:&lt;hex&gt;</c>.</summary>
    public string Id => $"{PersistedDocumentStore.Sha256Prefix}:{Hash}";
}
