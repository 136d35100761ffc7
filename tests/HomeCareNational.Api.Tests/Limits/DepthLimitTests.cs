using System.Net;
using HomeCareNational.GraphQL.Limits;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>A document nested deeper than <c>GraphQL:Limits:MaxDepth</c> (15) is refused before it executes.</summary>
[Collection(ServiceCollection.Name)]
public sealed class DepthLimitTests(ServiceFixture service)
{
    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    [Fact]
    public async Task A_document_as_deep_as_the_limit_is_executed()
    {
        var response = await Analyst.PostGraphQLAsync(TypeChain(GraphQLLimitsOptions.DefaultMaxDepth));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task A_document_one_level_deeper_is_refused_naming_the_limit()
    {
        var response = await Analyst.PostGraphQLAsync(TypeChain(GraphQLLimitsOptions.DefaultMaxDepth + 1));

        LimitErrors.AssertRefused(response, HttpStatusCode.BadRequest, "COMPLEXITY",
            $"Maximum depth is {GraphQLLimitsOptions.DefaultMaxDepth + 1}", $"maximum allowed on this endpoint is {GraphQLLimitsOptions.DefaultMaxDepth}");
    }

    [Fact]
    public async Task GraphiQLs_introspection_query_is_within_every_limit()
    {
        var response = await Analyst.PostGraphQLAsync(IntrospectionQuery.Text);

        Assert.True(response.Status == HttpStatusCode.OK, response.Body.ToJsonString());
        Assert.Empty(response.Errors);
        Assert.Equal("Query", response.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    /// <summary>
    /// <c>__type(name: "Query") { fields { type { ofType { … name } } } }</c>, <paramref name="depth"/> fields deep:
    /// deep, but no list multiplies its cost, so only the depth limit can refuse it.
    /// </summary>
    private static string TypeChain(int depth)
    {
        var ofTypes = depth - 4;
        return "{ __type(name: \"Query\") { fields { type { "
            + string.Concat(Enumerable.Repeat("ofType { ", ofTypes)) + "name"
            + string.Concat(Enumerable.Repeat(" }", ofTypes)) + " } } } }";
    }
}
