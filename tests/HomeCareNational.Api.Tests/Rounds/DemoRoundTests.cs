using System.Net;
using HomeCareNational.Api.Tests.PersistedDocuments;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Rounds;

/// <summary>The demo loads FY2024 as a closed reporting round whose official figures are the published ones.</summary>
[Collection(ServiceCollection.Name)]
public sealed class DemoRoundTests(ServiceFixture service)
{
    [Fact]
    public async Task The_demo_FY2024_round_is_closed_with_the_published_official_figures()
    {
        var response = await service.ClientFor(AppRoles.MinistryAnalyst).PostGraphQLAsync("""
            { national(fiscalYear: 2024) { official { designations { total clinical nonClinical } hubs { total } prefecturesIncluded prefecturesInScope final } }
              region(code: "chugoku", fiscalYear: 2024) { official { prefecturesIncluded prefecturesInScope } }
              prefecture(code: "33", fiscalYear: 2024) { official { prefecturesIncluded final } } }
            """);

        Assert.Empty(response.Errors);
        var official = response.Data!["national"]!["official"]!;
        Assert.Equal(
            (11_309, 8_350, 2_959, 1_970, 47, 47, true),
            (official["designations"]!["total"]!.GetValue<int>(), official["designations"]!["clinical"]!.GetValue<int>(),
             official["designations"]!["nonClinical"]!.GetValue<int>(), official["hubs"]!["total"]!.GetValue<int>(),
             official["prefecturesIncluded"]!.GetValue<int>(), official["prefecturesInScope"]!.GetValue<int>(), official["final"]!.GetValue<bool>()));
        Assert.Equal(5, response.Data!["region"]!["official"]!["prefecturesIncluded"]!.GetValue<int>());
        Assert.Equal(1, response.Data!["prefecture"]!["official"]!["prefecturesIncluded"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_dashboard_reads_the_submission_board_by_its_persisted_document()
    {
        var response = await service.ClientFor(AppRoles.DashboardReader, app: true).PostDocumentIdAsync("reportingRoundStatus", new { fiscalYear = 2024 });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        var round = response.Data!["reportingRound"]!;
        Assert.True(round["closed"]!.GetValue<bool>());
        Assert.Equal("2024-12-27", round["deadline"]!.GetValue<string>());
        Assert.Equal(47, round["prefectures"]!.AsArray().Count);
        Assert.Empty(round["overdue"]!.AsArray());
        var counts = round["counts"]!.AsArray().ToDictionary(c => c!["state"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>());
        Assert.Equal(0, counts["NOT_SUBMITTED"] + counts["SUBMITTED"] + counts["RETURNED"]);
        Assert.Equal(47, counts["ACCEPTED"] + counts["CHANGED_SINCE_ACCEPTANCE"]);
        Assert.Equal(11_309, round["official"]!["designations"]!["total"]!.GetValue<int>());
    }
}
