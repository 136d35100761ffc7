using HomeCareNational.Application.Reads;

namespace HomeCareNational.Application.Tests;

/// <summary>The application layer stays under both front doors: it knows nothing of GraphQL or of serving HTTP.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void The_application_layer_references_no_GraphQL_and_no_HTTP_server_assembly()
    {
        var references = typeof(TotalsReader).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains(references, name => name.StartsWith("HomeCareNational.Abstractions", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("GraphQL", StringComparison.Ordinal) || name.StartsWith("HomeCareNational.GraphQL", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore.Http", StringComparison.Ordinal) || name.StartsWith("Microsoft.AspNetCore.Routing", StringComparison.Ordinal));
    }
}
