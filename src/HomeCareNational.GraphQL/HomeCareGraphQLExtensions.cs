using System.Text.Encodings.Web;
using GraphQL.Execution;
using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Caching;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.GraphQL.Limits;
using HomeCareNational.GraphQL.PersistedDocuments;
using Microsoft.Extensions.Logging;

namespace HomeCareNational.GraphQL;

/// <summary>Registers the GraphQL schema and its services.</summary>
public static class HomeCareGraphQLExtensions
{
    /// <summary>
    /// Adds the schema, its graph types, the enforcement of the access policies, and the abuse limits. Needs the use
    /// cases (<c>AddHomeCareApplication</c>) and the access policies (<c>AddHomeCareAccess</c>), which the Host adds
    /// for every front door.
    /// </summary>
    public static IServiceCollection AddHomeCareGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<Subscriptions.TotalsChangeFeed>();
        services.AddHomeCareLimitOptions();
        services.AddHomeCareCachingOptions();
        // Before AddGraphQL, which registers its own builder only when none is.
        services.AddSingleton<global::GraphQL.Execution.IDocumentBuilder, BoundedDocumentBuilder>();
        services.AddGraphQL(graphQL => graphQL
            // Relaxed escaping keeps Japanese labels readable in responses; they are JSON, never embedded in HTML.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddSchema<HomeCareSchema>()
            .AddGraphTypes(typeof(HomeCareSchema).Assembly)
            .AddErrorInfoProvider<HomeCareErrorInfoProvider>()
            .AddValidationRule<AccessValidationRule>(useForCachedDocuments: true)
            .EnforceHomeCareLimits()
            .UseHomeCarePersistedDocuments()
            .UseHomeCareDocumentCache()
            .UseMiddleware<AccessFieldMiddleware>()
            .AddUnhandledExceptionHandler(context =>
            {
                // The use cases refuse with typed exceptions: the field answers the error they stand for, and nothing failed.
                if (HomeCareErrors.Of(context.OriginalException) is { } refusal)
                {
                    context.Exception = refusal;
                    return;
                }

                var logger = context.ExecutionOptions.RequestServices!.GetRequiredService<ILogger<HomeCareSchema>>();
                var isMutation = context.FieldContext?.Operation.Operation == GraphQLParser.AST.OperationType.Mutation;
                var storageCode = StorageFailures.CodeOf(context.OriginalException, isMutation);

                // A grain call the cluster did not answer; a timed-out mutation keeps the storage code that says its outcome is unknown.
                if (ClusterUnavailableError.IsCausedBy(context.OriginalException) && storageCode is null or ErrorCodes.StorageUnavailable)
                {
                    logger.LogWarning(context.OriginalException, "A GraphQL field's grain call was not answered: {Code}", ErrorCodes.ClusterUnavailable);
                    context.Exception = new ClusterUnavailableError();
                    return;
                }

                if (storageCode is { } code)
                {
                    logger.LogWarning(context.OriginalException, "A GraphQL field failed on storage: {Code}", code);
                    context.Exception = HomeCareErrors.StorageFailure(code);
                    return;
                }

                logger.LogError(context.OriginalException, "A GraphQL field failed: {Message}", context.ErrorMessage);
            }));
        return services;
    }
}
