using System.Net;
using HomeCareNational.GraphQL.Limits;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>A document with more aliases than <c>GraphQL:Limits:MaxAliases</c> (30) is refused before it executes.</summary>
[Collection(ServiceCollection.Name)]
public sealed class AliasLimitTests(ServiceFixture service)
{
    private const int Limit = GraphQLLimitsOptions.DefaultMaxAliases;

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    [Fact]
    public async Task A_document_with_as_many_aliases_as_the_limit_is_executed()
    {
        var response = await Analyst.PostGraphQLAsync(Versions(Limit));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        Assert.Equal(Limit, response.Data!["national"]!.AsObject().Count);
    }

    [Fact]
    public async Task A_document_with_one_alias_more_is_refused_naming_the_count_and_the_limit()
    {
        var response = await Analyst.PostGraphQLAsync(Versions(Limit + 1));

        LimitErrors.AssertRefused(response, HttpStatusCode.BadRequest, "TOO_MANY_ALIASES", $"{Limit + 1} aliases", $"at most {Limit}");
    }

    [Fact]
    public async Task Aliases_in_fragments_count_too()
    {
        var query = $"{{ national {{ ...Versions a: version }} }} fragment Versions on National {{ {Aliases(Limit)} }}";

        var response = await Analyst.PostGraphQLAsync(query);

        LimitErrors.AssertRefused(response, HttpStatusCode.BadRequest, "TOO_MANY_ALIASES", $"{Limit + 1} aliases");
    }

    [Fact]
    public async Task A_document_over_the_limit_is_refused_every_time_it_is_sent()
    {
        var first = await Analyst.PostGraphQLAsync(Versions(Limit + 1));
        var again = await Analyst.PostGraphQLAsync(Versions(Limit + 1));

        Assert.Equal(["TOO_MANY_ALIASES"], first.ErrorCodes);
        Assert.Equal(["TOO_MANY_ALIASES"], again.ErrorCodes);
    }

    private static string Versions(int aliases) => $"{{ national {{ {Aliases(aliases)} }} }}";

    private static string Aliases(int count) => string.Join(" ", Enumerable.Range(1, count).Select(i => $"v{i}: version"));
}
