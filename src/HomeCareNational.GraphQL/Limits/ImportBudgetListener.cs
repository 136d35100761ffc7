using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace HomeCareNational.GraphQL.Limits;

/// <summary>
/// Gives a mutation that imports a file the import's budget (<see cref="GraphQLLimitsOptions.ImportExecutionTimeout"/>):
/// reading and checking thousands of rows and storing the register takes longer than any query may, and the number of
/// imports running at once is bounded by the import gate, not by the timeout. Decided once the document is valid, from
/// its operation's root fields, fragments included.
/// </summary>
internal sealed class ImportBudgetListener(IOptions<GraphQLLimitsOptions> limits) : DocumentExecutionListenerBase
{
    public override Task BeforeExecutionAsync(IExecutionContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation
            && context.UserContext.TryGetValue(ExecutionDeadline.UserContextKey, out var value) && value is ExecutionDeadline deadline
            && RootFieldNames(context.Operation.SelectionSet, context.Document).Contains(EditOperations.ImportDesignations))
        {
            deadline.Allow(limits.Value.ImportExecutionTimeout);
        }

        return Task.CompletedTask;
    }

    private static IEnumerable<string> RootFieldNames(GraphQLSelectionSet selections, GraphQLDocument document) =>
        selections.Selections.SelectMany(selection => selection switch
        {
            GraphQLField field => [field.Name.StringValue],
            GraphQLInlineFragment inline => RootFieldNames(inline.SelectionSet, document),
            GraphQLFragmentSpread spread when Fragment(document, spread.FragmentName.Name.StringValue) is { } fragment => RootFieldNames(fragment.SelectionSet, document),
            _ => [],
        });

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, string name) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
}
