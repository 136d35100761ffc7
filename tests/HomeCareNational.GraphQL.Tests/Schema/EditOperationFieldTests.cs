using System.Reflection;
using HomeCareNational.Domain.Edits;

namespace HomeCareNational.GraphQL.Tests.Schema;

/// <summary>The register's operation names and the mutation fields are one list: every name the history records is a mutation of the API.</summary>
public sealed class EditOperationFieldTests
{
    [Fact]
    public void Every_edit_operation_is_a_mutation_field_of_the_same_name()
    {
        var operations = typeof(EditOperations).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        var mutation = new HomeCareMutation();

        Assert.Contains(EditOperations.ImportDesignations, operations);
        Assert.All(operations, operation => Assert.True(mutation.HasField(operation), $"No mutation field {operation}."));
    }
}
