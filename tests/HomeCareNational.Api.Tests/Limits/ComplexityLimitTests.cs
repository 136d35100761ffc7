using System.Net;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Rules.Custom;
using HomeCareNational.Domain.Reference;
using HomeCareNational.GraphQL;
using HomeCareNational.GraphQL.Limits;
using HomeCareNational.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>
/// A document whose estimated cost exceeds <c>GraphQL:Limits:MaxComplexity</c> (20,000) is refused before it
/// executes, however it reaches the service. A field costs 1 for every item of every list it is inside.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class ComplexityLimitTests(ServiceFixture service)
{
    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    /// <summary>What <c>Region.prefectures</c> costs: the members of the largest region (中部, 9).</summary>
    private static readonly int LargestRegion = RegionGrouping.EightRegions.Regions.Max(r => r.PrefectureCodes.Length);

    [Fact]
    public async Task A_document_just_under_the_limit_is_executed()
    {
        var response = await Analyst.PostGraphQLAsync(NestedPrefectures(CodesWithin(GraphQLLimitsOptions.DefaultMaxComplexity)));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task A_document_just_over_the_limit_is_refused_naming_its_cost_and_the_limit()
    {
        var codes = CodesWithin(GraphQLLimitsOptions.DefaultMaxComplexity) + 1;

        var response = await Analyst.PostGraphQLAsync(NestedPrefectures(codes));

        LimitErrors.AssertRefused(response, HttpStatusCode.BadRequest, "COMPLEXITY",
            $"Complexity is {Cost(codes)}", $"maximum allowed on this endpoint is {GraphQLLimitsOptions.DefaultMaxComplexity}");
    }

    [Fact]
    public async Task A_document_over_the_limit_is_refused_every_time_it_is_sent()
    {
        var query = NestedPrefectures(CodesWithin(GraphQLLimitsOptions.DefaultMaxComplexity) + 1);

        var first = await Analyst.PostGraphQLAsync(query);
        var again = await Analyst.PostGraphQLAsync(query);

        Assert.Equal(["COMPLEXITY"], first.ErrorCodes);
        Assert.Equal(["COMPLEXITY"], again.ErrorCodes);
    }

    [Fact]
    public async Task Introspection_that_nests_types_in_fields_as_deep_as_allowed_is_too_complex()
    {
        var response = await Analyst.PostGraphQLAsync(
            "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }");

        LimitErrors.AssertRefused(response, HttpStatusCode.BadRequest, "COMPLEXITY",
            $"maximum allowed on this endpoint is {GraphQLLimitsOptions.DefaultMaxComplexity}");
    }

    [Fact]
    public async Task The_same_document_sent_again_with_a_larger_page_size_is_checked_again()
    {
        const string Pages = """
            query ($size: Int) { prefectures(fiscalYear: 2024) { register {
              institutions(first: $size) { edges { node { name kind clinical municipalityCode } } } } } }
            """;

        var small = await Analyst.PostGraphQLAsync(Pages, new { size = 50 });
        var large = await Analyst.PostGraphQLAsync(Pages, new { size = 100 });

        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.Empty(small.Errors);
        LimitErrors.AssertRefused(large, HttpStatusCode.BadRequest, "COMPLEXITY",
            $"maximum allowed on this endpoint is {GraphQLLimitsOptions.DefaultMaxComplexity}");
    }

    [Fact]
    public async Task The_limits_are_checked_again_on_a_document_taken_from_a_cache()
    {
        // A document cache (graphql-dotnet's) validates a cache hit with the cached-document rules only.
        var options = new ExecutionOptions { Query = "{ national { version } }", RequestServices = service.Services };

        await service.Services.GetRequiredService<IDocumentExecuter<HomeCareSchema>>().ExecuteAsync(options);

        Assert.Contains(options.CachedDocumentValidationRules!, rule => rule is ComplexityValidationRule);
        Assert.Contains(options.CachedDocumentValidationRules!, rule => rule is AliasLimitRule);
    }

    /// <summary>The lists whose length the reference data fixes cost that length.</summary>
    [Fact]
    public void Lists_sized_by_the_reference_data_cost_their_length()
    {
        var schema = service.Services.GetRequiredService<HomeCareSchema>();
        schema.Initialize();

        Assert.Equal(Prefectures.All.Count, Multiplier(schema, "Query", "prefectures"));
        Assert.Equal(RegionGrouping.EightRegions.Regions.Count, Multiplier(schema, "Query", "regions"));
        Assert.Equal(LargestRegion, Multiplier(schema, "Region", "prefectures"));
        Assert.Equal(Enum.GetValues<InstitutionKind>().Length, Multiplier(schema, "DesignationTotals", "byKind"));
    }

    private static double Multiplier(HomeCareSchema schema, string type, string field)
    {
        var definition = ((IComplexGraphType)schema.AllTypes[type]!).GetField(field)!;
        var impact = definition.GetComplexityImpactDelegate()!;
        return impact(default).ChildImpactMultiplier;
    }

    /// <summary>
    /// The cost of <see cref="NestedPrefectures"/>: its lists are the 47 prefectures and, twice, a region's members,
    /// so 1 + 2·47 + 2·47·9 + N·47·9·9 for N codes.
    /// </summary>
    private static int Cost(int codes)
    {
        var prefectures = Prefectures.All.Count;
        return 1 + (2 * prefectures) + (2 * prefectures * LargestRegion) + (codes * prefectures * LargestRegion * LargestRegion);
    }

    /// <summary>The most codes whose document stays within <paramref name="limit"/>.</summary>
    private static int CodesWithin(int limit) => Enumerable.Range(1, limit).TakeWhile(codes => Cost(codes) <= limit).Last();

    private static string NestedPrefectures(int codes) =>
        "{ prefectures { region { prefectures { region { prefectures { "
        + string.Join(" ", Enumerable.Range(1, codes).Select(i => $"c{i}: code"))
        + " } } } } } }";
}
