using GraphQL.DI;
using HomeCareNational.Identity;
using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.PersistedDocuments;

/// <summary>
/// Refuses a raw <c>query</c> from a dashboard-only caller when <see cref="PersistedDocumentsOptions.DashboardReaderPersistedOnly"/>
/// is set. graphql-dotnet's own switch (<c>AllowOnlyPersistedDocuments</c>) applies to every caller, and analysts must
/// stay free to explore; so it stays off and this runs just before its handler.
/// </summary>
public sealed class PersistedOnlyForDashboards(IOptions<PersistedDocumentsOptions> options) : IConfigureExecution
{
    /// <summary>Before graphql-dotnet's persisted document handler (200), which replaces the id by the document's text.</summary>
    public float SortOrder => 190;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next) =>
        options.Value.DashboardReaderPersistedOnly && execution.Query is not null && execution.DocumentId is null && IsDashboardOnly(execution)
            ? Task.FromResult(new ExecutionResult(new PersistedDocumentRequiredError()))
            : next(execution);

    /// <summary>A caller with <c>Dashboard.Reader</c> and no other role; a person who is also an analyst explores as one.</summary>
    public static bool IsDashboardOnly(ExecutionOptions execution) =>
        execution.User is { } user && CallerIdentity.From(user) is { } caller
        && caller.HasRole(AppRoles.DashboardReader) && caller.Roles.All(role => role == AppRoles.DashboardReader);
}
