using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using HomeCareNational.Api.Tests.Subscriptions;
using HomeCareNational.Identity;
using Xunit.Abstractions;

namespace HomeCareNational.Api.Tests.Cluster;

/// <summary>Any host answers any request the same way: the same ETag from every host, live totals of changes made through another.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CrossHostTests(ClusterFixture cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task Two_hosts_give_the_same_request_the_same_ETag_and_each_honours_the_others()
    {
        await cluster.ClientFor(1, AppRoles.PrefectureEditor, "26").SubmitAreasAsync("26", 2031, "26201");
        const string Query = "{ national(fiscalYear: 2031) { areas { total } version } }";

        var (onA, etagA) = await GetAsync(cluster.ClientFor(0, AppRoles.MinistryAnalyst), Query);
        var (onB, etagB) = await GetAsync(cluster.ClientFor(1, AppRoles.MinistryAnalyst), Query);
        var (revalidated, _) = await GetAsync(cluster.ClientFor(0, AppRoles.MinistryAnalyst), Query, etagB);

        Assert.Equal(HttpStatusCode.OK, onA);
        Assert.Equal(HttpStatusCode.OK, onB);
        Assert.NotNull(etagA);
        Assert.Equal(etagA, etagB);
        Assert.Equal(HttpStatusCode.NotModified, revalidated);
    }

    [Fact]
    public async Task A_change_made_through_one_host_moves_the_other_hosts_ETag_on_its_very_next_request()
    {
        const string Query = "{ national(fiscalYear: 2033) { version } }";
        var (first, etag) = await GetAsync(cluster.ClientFor(0, AppRoles.MinistryAnalyst), Query);
        var (revalidated, _) = await GetAsync(cluster.ClientFor(0, AppRoles.MinistryAnalyst), Query, etag);

        await cluster.ClientFor(1, AppRoles.PrefectureEditor, "28").SubmitAreasAsync("28", 2033, "28201");
        var (afterChange, moved) = await GetAsync(cluster.ClientFor(0, AppRoles.MinistryAnalyst), Query, etag);

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.NotModified, revalidated);
        Assert.Equal(HttpStatusCode.OK, afterChange);
        Assert.NotEqual(etag, moved);
    }

    [Fact]
    public async Task A_subscriber_on_one_host_sees_a_change_made_through_another_within_a_second()
    {
        await using var stream = await EventStream.OpenAsync(cluster.ClientFor(0, AppRoles.DashboardReader),
            "subscription { nationalTotals(fiscalYear: 2032) { areas { total } version } }");
        var before = (await stream.NextResultAsync()).Data!["nationalTotals"]!["version"]!.GetValue<long>();

        await cluster.ClientFor(1, AppRoles.PrefectureEditor, "27").SubmitAreasAsync("27", 2032, "27201");
        var answered = Stopwatch.StartNew();
        var next = await stream.NextResultAsync();
        var latency = answered.Elapsed;

        output.WriteLine($"change answered by host B → event on host A: {latency.TotalMilliseconds:F0} ms");
        Assert.Equal(before + 1, next.Data!["nationalTotals"]!["version"]!.GetValue<long>());
        Assert.True(latency < TimeSpan.FromSeconds(1), $"The change took {latency.TotalMilliseconds:F0} ms to arrive.");
    }

    [Fact]
    public void The_start_up_reconciliation_ran_once_for_the_cluster_not_once_per_silo()
    {
        var runs = cluster.Hosts.Sum(host => host.Output.Split("Aggregate totals reconciled for 47 prefectures").Length - 1);

        Assert.Equal(1, runs);
    }

    private static async Task<(HttpStatusCode Status, EntityTagHeaderValue? ETag)> GetAsync(HttpClient client, string query, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Headers.ETag);
    }
}
