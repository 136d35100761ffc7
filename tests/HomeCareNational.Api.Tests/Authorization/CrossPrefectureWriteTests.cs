using HomeCareNational.Domain.Reference;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Authorization;

/// <summary>A prefecture's editor can write only its own prefecture: all 47 × 46 other pairs are refused and change nothing.</summary>
[WritesRegisters(EmptyYear)]
[Collection(ServiceCollection.Name)]
public sealed class CrossPrefectureWriteTests(ServiceFixture service)
{
    /// <summary>A year claimed whole and left empty: the half-forbidden document must leave its national version at 0.</summary>
    private const int EmptyYear = 2028;

    private const string Submit = """
        mutation ($p: String!) { submitDesignations(prefecture: $p, fiscalYear: 2024, institutions: []) { version } }
        """;

    [Fact]
    public async Task Submitting_for_another_prefecture_is_forbidden_for_every_pair_and_changes_nothing()
    {
        var before = await NationalVersionAsync(2024);
        var pairs = Prefectures.All.SelectMany(editor => Prefectures.All.Where(target => target != editor).Select(target => (Editor: editor.Code, Target: target.Code)));

        var refused = 0;
        await Parallel.ForEachAsync(pairs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (pair, _) =>
        {
            var response = await service.ClientFor(AppRoles.PrefectureEditor, pair.Editor).PostGraphQLAsync(Submit, new { p = pair.Target });
            Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
            Assert.Null(response.Data);
            Interlocked.Increment(ref refused);
        });

        Assert.Equal(47 * 46, refused);
        Assert.Equal(before, await NationalVersionAsync(2024));
    }

    [Fact]
    public async Task A_forbidden_mutation_stops_the_whole_document_so_nothing_is_written()
    {

        var response = await service.ClientFor(AppRoles.PrefectureEditor, "33").PostGraphQLAsync($$"""
            mutation {
              own: submitHomeCareAreas(prefecture: "33", fiscalYear: {{EmptyYear}}, areas: []) { version }
              other: submitHomeCareAreas(prefecture: "34", fiscalYear: {{EmptyYear}}, areas: []) { version }
            }
            """);

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(0, await NationalVersionAsync(EmptyYear));
    }

    private async Task<long> NationalVersionAsync(int fiscalYear)
    {
        var response = await service.ClientFor(AppRoles.MinistryAnalyst).PostGraphQLAsync(
            "query ($year: Int!) { national(fiscalYear: $year) { version } }", new { year = fiscalYear });
        Assert.Empty(response.Errors);
        return response.Data!["national"]!["version"]!.GetValue<long>();
    }
}
