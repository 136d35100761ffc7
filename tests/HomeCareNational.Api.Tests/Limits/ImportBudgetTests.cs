using System.Diagnostics;
using System.Globalization;
using HomeCareNational.Api.Tests.Import;
using HomeCareNational.Api.Tests.Mutations;
using HomeCareNational.Identity;
using Xunit.Abstractions;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>
/// The execution timeout is for queries and ordinary edits; an import mutation runs under the import's own budget
/// (GraphQL:Limits:ImportExecutionTimeout), decided from the operation once it is parsed.
/// </summary>
public sealed class ImportBudgetTests(ShortTimeoutServiceFixture service, ITestOutputHelper output) : IClassFixture<ShortTimeoutServiceFixture>
{
    private const int Year = 2024;

    private const int Rows = 20_000;

    [Fact]
    public async Task An_import_that_outlives_the_execution_timeout_is_accepted_whole()
    {
        await WarmUpAsync(Year + 2);
        var took = Stopwatch.StartNew();
        var changes = (await service.ClientFor(AppRoles.PrefectureEditor, "33").PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables("33", Year, Register(Year), "register.csv")))
            .Accepted("importDesignations");
        output.WriteLine($"{Rows:N0} rows imported in {took.ElapsedMilliseconds} ms; the execution timeout is {ShortTimeoutServiceFixture.Timeout.TotalMilliseconds} ms");

        Assert.Equal(Rows, changes["added"]!["count"]!.GetValue<int>());
        Assert.Equal(Rows, changes["totals"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_import_under_an_alias_inside_a_fragment_has_the_imports_budget_too()
    {
        const string Mutation = """
            mutation ($prefecture: String!, $year: Int!, $fileName: String!, $content: String!) { ...Upload }
            fragment Upload on Mutation {
              upload: importDesignations(prefecture: $prefecture, fiscalYear: $year, fileName: $fileName, contentBase64: $content) { added { count } }
            }
            """;
        await WarmUpAsync(Year + 3);
        var changes = (await service.ClientFor(AppRoles.PrefectureEditor, "33").PostGraphQLAsync(Mutation, GraphQLImports.Variables("33", Year + 1, Register(Year + 1), "register.csv"))).Accepted("upload");

        Assert.Equal(Rows, changes["added"]!["count"]!.GetValue<int>());
    }

    /// <summary>
    /// A small import first, so that what a cold service compiles on its first import (parsing, validation, the importer)
    /// is not counted against the execution timeout before the operation is known to be an import.
    /// </summary>
    private async Task WarmUpAsync(int year) =>
        (await service.ClientFor(AppRoles.PrefectureEditor, "33").PostGraphQLAsync(GraphQLImports.ImportDesignations, GraphQLImports.Variables("33", year, Register(year, 3), "register.csv")))
            .Accepted("importDesignations");

    /// <summary>An Okayama register of <see cref="Rows"/> clinics for <paramref name="year"/>; each test imports into a fiscal year of its own.</summary>
    private static byte[] Register(int year, int rows = Rows) =>
        ImportRequests.Csv([.. Enumerable.Range(1, rows).Select(n => ImportRequests.Row(string.Create(CultureInfo.InvariantCulture, $"33{n:D8}"), year))]);
}
