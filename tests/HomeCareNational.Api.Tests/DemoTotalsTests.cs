using System.Net;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests;

/// <summary>The demo register, read back over HTTP, reproduces the published FY2024 figures.</summary>
[Collection(ServiceCollection.Name)]
public sealed class DemoTotalsTests(ServiceFixture service)
{
    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    [Fact]
    public async Task National_totals_reproduce_the_published_FY2024_figures()
    {
        var response = await Analyst.PostGraphQLAsync("""
            { national(fiscalYear: 2024) {
                fiscalYear { year labelJa }
                designations { total clinical nonClinical nonClinicalShare byKind { kind labelJa count } }
                hubs { total } version asOf } }
            """);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Empty(response.Errors);
        var national = response.Data!["national"]!;
        Assert.Equal("令和6年度", national["fiscalYear"]!["labelJa"]!.GetValue<string>());
        var designations = national["designations"]!;
        Assert.Equal(11_309, designations["total"]!.GetValue<int>());
        Assert.Equal(8_350, designations["clinical"]!.GetValue<int>());
        Assert.Equal(2_959, designations["nonClinical"]!.GetValue<int>());
        var share = designations["nonClinicalShare"]!.GetValue<double>();
        Assert.Equal(2_959d / 11_309, share, 12);
        Assert.Equal(26.2, Math.Round(share * 100, 1));
        // The issue quotes 0.2616 "to 4 places": 2,959 / 11,309 = 0.261650…, which is 0.2616 cut to four places.
        Assert.Equal(0.2616, Math.Truncate(share * 10_000) / 10_000);
        Assert.Equal(11_309, designations["byKind"]!.AsArray().Sum(k => k!["count"]!.GetValue<int>()));
        Assert.Equal(1_970, national["hubs"]!["total"]!.GetValue<int>());
        Assert.True(national["version"]!.GetValue<long>() > 0);
        Assert.NotNull(national["asOf"]);
    }

    [Fact]
    public async Task Without_a_fiscal_year_the_latest_year_with_data_is_answered()
    {
        var response = await Analyst.PostGraphQLAsync("{ fiscalYears { year } national { fiscalYear { year } } }");

        Assert.Empty(response.Errors);
        var years = response.Data!["fiscalYears"]!.AsArray().Select(y => y!["year"]!.GetValue<int>()).ToList();
        Assert.Contains(2024, years);
        Assert.Equal(years.Max(), response.Data!["national"]!["fiscalYear"]!["year"]!.GetValue<int>());
    }

    [Fact]
    public async Task Regions_and_prefectures_sum_to_the_national_totals()
    {
        var response = await Analyst.PostGraphQLAsync("""
            { national(fiscalYear: 2024) { designations { total nonClinical } hubs { total } }
              regions(fiscalYear: 2024) { code designations { total nonClinical } hubs { total } prefectures { code } }
              prefectures(fiscalYear: 2024) { code designations { total nonClinical } hubs { total } } }
            """);

        Assert.Empty(response.Errors);
        var data = response.Data!;
        var regions = data["regions"]!.AsArray();
        var prefectures = data["prefectures"]!.AsArray();
        Assert.Equal(8, regions.Count);
        Assert.Equal(47, prefectures.Count);
        Assert.Equal(47, regions.Sum(r => r!["prefectures"]!.AsArray().Count));
        foreach (var path in new[] { new[] { "designations", "total" }, ["designations", "nonClinical"], ["hubs", "total"] })
        {
            var national = Value(data["national"]!, path);
            Assert.Equal(national, regions.Sum(r => Value(r!, path)));
            Assert.Equal(national, prefectures.Sum(p => Value(p!, path)));
        }
    }

    [Fact]
    public async Task A_prefecture_is_read_with_its_region()
    {
        var response = await Analyst.PostGraphQLAsync("""
            { prefecture(code: "33", fiscalYear: 2024) { code nameJa nameEn region { code nameJa } designations { total } areas { total } } }
            """);

        Assert.Empty(response.Errors);
        var prefecture = response.Data!["prefecture"]!;
        Assert.Equal("岡山県", prefecture["nameJa"]!.GetValue<string>());
        Assert.Equal("Okayama", prefecture["nameEn"]!.GetValue<string>());
        Assert.Equal("chugoku", prefecture["region"]!["code"]!.GetValue<string>());
        Assert.True(prefecture["designations"]!["total"]!.GetValue<int>() > 0);
        Assert.True(prefecture["areas"]!["total"]!.GetValue<int>() > 0);
    }

    private static int Value(System.Text.Json.Nodes.JsonNode node, string[] path) =>
        path.Aggregate(node, (n, key) => n[key]!).GetValue<int>();
}
