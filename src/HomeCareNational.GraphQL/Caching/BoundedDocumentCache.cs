using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.Caching;

/// <summary>
/// Keeps parsed and validated documents, keyed by their text, so that dashboards polling the same document skip parsing
/// and the schema-only validation rules. graphql-dotnet's <c>GraphQL.MemoryCache</c> package is not available from this
/// project's package source, so this is the same idea on <see cref="MemoryCache"/>, bounded by
/// <see cref="GraphQLCachingOptions.DocumentCacheSize"/>. A document taken from the cache is still checked by every rule
/// registered for cached documents: the access rule and the limits, which depend on the caller and the variables.
/// </summary>
public sealed class BoundedDocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache cache;

    public BoundedDocumentCache(IOptions<GraphQLCachingOptions> options) =>
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });

    /// <summary>After the persisted document handler (200), so a document sent by id is cached by its text too.</summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        var cached = cache.Get<GraphQLDocument>(query);
        if (cached is not null)
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }

        var result = await next(options);
        // Executed means it passed validation: an invalid document is never cached, so it is reported again next time.
        if (cached is null && result.Executed && result.Document is { } parsed)
        {
            cache.Set(query, parsed, new MemoryCacheEntryOptions { Size = query.Length });
        }

        return result;
    }

    public void Dispose() => cache.Dispose();
}
