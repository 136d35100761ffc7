using GraphQL;
using HomeCareNational.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace HomeCareNational.Api.Tests.Schema;

/// <summary>
/// The schema the service serves, printed as SDL, is the one in <c>src/HomeCareNational.GraphQL/schema.graphql</c>,
/// so every change to the API shows in review as a change to that file. To update it after a deliberate change:
/// <c>UPDATE_SCHEMA=1 dotnet test tests/HomeCareNational.Api.Tests --filter FullyQualifiedName~SchemaFileTests</c>.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class SchemaFileTests(ServiceFixture service)
{
    private const string UpdateVariable = "UPDATE_SCHEMA";

    private static readonly string SchemaFile = Path.Combine(RepositoryRoot(), "src", "HomeCareNational.GraphQL", "schema.graphql");

    [Fact]
    public void The_served_schema_is_the_one_in_the_repository()
    {
        var served = service.Services.GetRequiredService<HomeCareSchema>().Print().ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(SchemaFile, served);
        }

        var kept = File.Exists(SchemaFile) ? File.ReadAllText(SchemaFile).ReplaceLineEndings("\n") : "";

        Assert.True(kept == served,
            $"The schema the service serves differs from {SchemaFile}. If the change is intended, update the file with\n"
            + $"  {UpdateVariable}=1 dotnet test tests/HomeCareNational.Api.Tests --filter FullyQualifiedName~SchemaFileTests\n"
            + "and commit it with the change. Differences (- in the file, + served):\n"
            + LineDiff.Describe(kept, served));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HomeCareNational.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No HomeCareNational.sln above {AppContext.BaseDirectory}.");
    }
}
