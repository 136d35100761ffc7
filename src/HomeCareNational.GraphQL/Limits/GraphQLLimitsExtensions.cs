using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using HomeCareNational.GraphQL.Connections;
using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.Limits;

/// <summary>Registers the abuse limits of <see cref="GraphQLLimitsOptions"/> and their enforcement.</summary>
public static class GraphQLLimitsExtensions
{
    /// <summary>Binds the limits from configuration and validates them at start-up.</summary>
    public static IServiceCollection AddHomeCareLimitOptions(this IServiceCollection services)
    {
        services.AddOptions<GraphQLLimitsOptions>().BindConfiguration(GraphQLLimitsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLLimitsOptions>, GraphQLLimitsOptionsValidator>();
        return services;
    }

    /// <summary>
    /// Has graphql-dotnet enforce the limits: depth and complexity by its complexity analyzer, aliases by
    /// <see cref="AliasLimitRule"/>, the timeout by its execution timeout. The document size is checked by the HTTP
    /// endpoint, before parsing. The rules also run on documents taken from a cache, because the complexity of the
    /// same document changes with its variables (a page size).
    /// </summary>
    public static IGraphQLBuilder EnforceHomeCareLimits(this IGraphQLBuilder graphQL) =>
        graphQL
            .AddSchemaVisitor<ComplexityCosts>()
            .AddValidationRule(services => new ComplexityValidationRule(ComplexityOptions(Limits(services))), useForCachedDocuments: true)
            .AddValidationRule<AliasLimitRule>(useForCachedDocuments: true)
            .AddDocumentListener<ImportBudgetListener>()
            // The request's own deadline rather than graphql-dotnet's timeout, which is fixed before the operation is
            // known (ExecutionDeadline); its error also says what the limit is.
            .ConfigureExecution(async (execution, next) =>
            {
                var services = execution.RequestServices!;
                var requestAborted = execution.CancellationToken;
                using var deadline = new ExecutionDeadline(Limits(services).ExecutionTimeout, services.GetRequiredService<TimeProvider>(), requestAborted);
                execution.UserContext[ExecutionDeadline.UserContextKey] = deadline;
                execution.CancellationToken = deadline.Token;
                try
                {
                    return await next(execution);
                }
                catch (OperationCanceledException exception) when (deadline.Token.IsCancellationRequested && !requestAborted.IsCancellationRequested)
                {
                    return new ExecutionResult
                    {
                        Errors = [new TimeoutError($"The request did not complete within {deadline.Budget}, the most one request may run.", exception)],
                    };
                }
            });

    private static GraphQLLimitsOptions Limits(IServiceProvider services) => services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;

    private static ComplexityOptions ComplexityOptions(GraphQLLimitsOptions limits) => new()
    {
        MaxDepth = limits.MaxDepth,
        MaxComplexity = limits.MaxComplexity,
        // A connection asked for without first or last returns one default page, and so is costed.
        DefaultListImpactMultiplier = PageRequest.DefaultSize,
    };
}
