using System.Collections.Frozen;
using GraphQL.Transport;
using HomeCareNational.GraphQL.PersistedDocuments;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;

namespace HomeCareNational.GraphQL.Caching;

/// <summary>
/// The serialized answers of the dashboards' totals documents, kept against their <c>ETag</c>, so that polling
/// answers them without executing GraphQL. The ETag already changes whenever the answer could (the country's data
/// version, the release, the request, the media type, the caller's access: docs/api.md, "Caching"): it is what lets a
/// client keep an answer for a <c>304</c>, and the same rule lets the server keep it. Only documents whose answers are
/// nothing but aggregate totals are kept, since those are all the data version covers; any other request executes.
/// </summary>
public sealed class TotalsResponseCache : IDisposable
{
    /// <summary>The documents kept: the headline totals of the nation, the regions and a prefecture.</summary>
    private static readonly string[] TotalsDocuments = ["nationalTotals", "regionsTotals", "prefectureTotals"];

    /// <summary>
    /// Answers kept at once. At one data version there is one per caller access, document, variables and media type;
    /// answers of earlier versions are never asked for again and go first when the cache is full.
    /// </summary>
    private const int MaxAnswers = 1024;

    private readonly MemoryCache answers = new(new MemoryCacheOptions { SizeLimit = MaxAnswers });
    private readonly FrozenSet<string> documentIds;
    private readonly FrozenSet<string> documentTexts;

    public TotalsResponseCache(PersistedDocumentStore documents)
    {
        var kept = documents.Documents.Where(d => TotalsDocuments.Contains(d.Name)).ToList();
        documentIds = kept.SelectMany(d => new[] { d.Name, d.Id }).ToFrozenSet(StringComparer.Ordinal);
        documentTexts = kept.Select(d => d.Text).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True for a totals document, by id or by its exact text, with no extensions (which the ETag does not cover).</summary>
    public bool Covers(GraphQLRequest request) =>
        request.Extensions is not { Count: > 0 }
        && (request.DocumentId is { } id ? request.Query is null && documentIds.Contains(id) : request.Query is { } text && documentTexts.Contains(text));

    public bool TryGet(EntityTagHeaderValue etag, out byte[] body) => answers.TryGetValue(etag.Tag.Value!, out body!);

    public void Add(EntityTagHeaderValue etag, byte[] body) =>
        answers.Set(etag.Tag.Value!, body, new MemoryCacheEntryOptions { Size = 1 });

    public void Dispose() => answers.Dispose();
}
