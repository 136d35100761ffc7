using GraphQL.DI;
using GraphQL.PersistedDocuments;
using HomeCareNational.GraphQL.PersistedDocuments;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.Caching;

/// <summary>Registers persisted documents, the parsed-document cache and the HTTP caching of responses.</summary>
public static class GraphQLCachingExtensions
{
    /// <summary>Binds <see cref="GraphQLCachingOptions"/> and <see cref="PersistedDocumentsOptions"/>, validated at start-up, the response caching and the totals answers kept.</summary>
    public static IServiceCollection AddHomeCareCachingOptions(this IServiceCollection services)
    {
        services.AddOptions<GraphQLCachingOptions>().BindConfiguration(GraphQLCachingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLCachingOptions>, GraphQLCachingOptionsValidator>();
        services.AddOptions<PersistedDocumentsOptions>().BindConfiguration(PersistedDocumentsOptions.Section).ValidateOnStart();
        services.AddSingleton<ResponseCaching>();
        services.TryAddSingleton<PersistedDocumentStore>();
        services.AddSingleton<TotalsResponseCache>();
        return services;
    }

    /// <summary>
    /// Persisted documents by graphql-dotnet's handler, from <see cref="PersistedDocumentStore"/>: ids <c>sha256:&lt;hex&gt;</c>
    /// and the documents' names. Open to raw queries too; <see cref="PersistedOnlyForDashboards"/> closes them to dashboards.
    /// </summary>
    public static IGraphQLBuilder UseHomeCarePersistedDocuments(this IGraphQLBuilder graphQL) =>
        graphQL
            .ConfigureExecution<PersistedOnlyForDashboards>()
            .UsePersistedDocuments<PersistedDocumentStore>(global::GraphQL.DI.ServiceLifetime.Singleton, options =>
            {
                options.AllowOnlyPersistedDocuments = false;
                options.AllowedPrefixes.Clear();
                options.AllowedPrefixes.Add(PersistedDocumentStore.Sha256Prefix);
                options.AllowedPrefixes.Add(null);
            });

    /// <summary>The parsed-document cache, <see cref="BoundedDocumentCache"/>.</summary>
    public static IGraphQLBuilder UseHomeCareDocumentCache(this IGraphQLBuilder graphQL) =>
        graphQL.ConfigureExecution<BoundedDocumentCache>();
}
