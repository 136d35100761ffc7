using System.Text.Encodings.Web;
using GraphQL.Execution;
using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Caching;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.GraphQL.Importing;
using HomeCareNational.GraphQL.Limits;
using HomeCareNational.GraphQL.PersistedDocuments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace HomeCareNational.GraphQL;

/// <summary>Registers the GraphQL schema and its services.</summary>
public static class HomeCareGraphQLExtensions
{
    /// <summary>
    /// Adds the schema, its graph types, the access policies and their enforcement, the abuse limits, and the reader over the grains. Needs an <see cref="IGrainFactory"/>
    /// (a co-hosted silo or a cluster client) and a <see cref="RegionGrouping"/>.
    /// </summary>
    public static IServiceCollection AddHomeCareGraphQL(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHomeCareMetrics();
        services.AddSingleton<TotalsReader>();
        services.AddSingleton<RoundReader>();
        services.AddSingleton<Idempotency.IdempotencyGuard>();
        services.AddHomeCareImport();
        services.AddSingleton<Subscriptions.TotalsChangeFeed>();
        services.AddSingleton<IAuthorizationHandler, PrefectureAccessHandler>();
        var policies = services.AddAuthorizationBuilder();
        foreach (var (name, requirement) in AccessPolicies.Requirements)
        {
            policies.AddPolicy(name, policy => policy.AddRequirements(requirement));
        }

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
                    context.Exception = StorageFailures.ErrorFor(code);
                    return;
                }

                logger.LogError(context.OriginalException, "A GraphQL field failed: {Message}", context.ErrorMessage);
            }));
        return services;
    }
}
