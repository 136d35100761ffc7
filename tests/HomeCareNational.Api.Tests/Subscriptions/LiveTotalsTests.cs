using System.Diagnostics;
using System.Net;
using HomeCareNational.GraphQL.Limits;
using HomeCareNational.GraphQL.Subscriptions;
using HomeCareNational.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace HomeCareNational.Api.Tests.Subscriptions;

/// <summary>Live totals over GraphQL over Server-Sent Events: the current totals, then each accepted change within a second. Each test has a fiscal year of its own.</summary>
[WritesRegisters(NationalYear, Tokushima)]
[WritesRegisters(RegionYear, Kagawa)]
[WritesRegisters(PrefectureYear, Fukuoka)]
[WritesRegisters(LongYear, Saga)]
[WritesRegisters(GetYear, Okayama)]
[Collection(ServiceCollection.Name)]
public sealed class LiveTotalsTests(ServiceFixture service, ITestOutputHelper output)
{
    // One (prefecture, fiscal year) per test that writes, so each change it waits for is its own.
    private const int NationalYear = 2041;
    private const string Tokushima = "36";
    private const int RegionYear = 2042;
    private const string Kagawa = "37";
    private const int PrefectureYear = 2043;
    private const string Fukuoka = "40";
    private const int LongYear = 2045;
    private const string Saga = "41";
    private const int GetYear = 2046;
    private const string Okayama = "33";

    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_national_subscriber_gets_the_current_totals_then_an_accepted_change_within_a_second()
    {
        await using var stream = await EventStream.OpenAsync(service.ClientFor(AppRoles.DashboardReader),
            $$"""subscription { nationalTotals(fiscalYear: {{NationalYear}}) { fiscalYear { year } areas { total } version } }""");
        Assert.Equal(HttpStatusCode.OK, stream.Status);
        Assert.Equal("text/event-stream", stream.MediaType);
        var first = await stream.NextResultAsync();
        Assert.Empty(first.Errors);
        Assert.Equal(NationalYear, first.Data!["nationalTotals"]!["fiscalYear"]!["year"]!.GetValue<int>());
        var before = first.Data!["nationalTotals"]!["version"]!.GetValue<long>();

        var latency = await SubmitAndTimeAsync(Tokushima, NationalYear, stream, "nationalTotals", before);

        output.WriteLine($"national: submission answered → event {latency.TotalMilliseconds:F0} ms");
        Assert.True(latency < OneSecond, $"The change took {latency.TotalMilliseconds:F0} ms to arrive.");
    }

    [Fact]
    public async Task A_region_subscriber_gets_a_change_of_one_of_its_prefectures_within_a_second()
    {
        await using var stream = await EventStream.OpenAsync(service.ClientFor(AppRoles.MinistryAnalyst),
            $$"""subscription { regionTotals(code: "shikoku", fiscalYear: {{RegionYear}}) { code areas { total } version } }""");
        var first = await stream.NextResultAsync();
        Assert.Equal("shikoku", first.Data!["regionTotals"]!["code"]!.GetValue<string>());
        var before = first.Data!["regionTotals"]!["version"]!.GetValue<long>();

        var latency = await SubmitAndTimeAsync(Kagawa, RegionYear, stream, "regionTotals", before);

        output.WriteLine($"region: submission answered → event {latency.TotalMilliseconds:F0} ms");
        Assert.True(latency < OneSecond, $"The change took {latency.TotalMilliseconds:F0} ms to arrive.");
    }

    [Fact]
    public async Task A_prefecture_subscriber_gets_its_prefectures_change_within_a_second()
    {
        await using var stream = await EventStream.OpenAsync(service.ClientFor(AppRoles.PrefectureViewer, Fukuoka),
            $$"""subscription { prefectureTotals(code: "{{Fukuoka}}", fiscalYear: {{PrefectureYear}}) { code areas { total } version } }""");
        var first = await stream.NextResultAsync();
        Assert.Equal(0, first.Data!["prefectureTotals"]!["version"]!.GetValue<long>());

        var latency = await SubmitAndTimeAsync(Fukuoka, PrefectureYear, stream, "prefectureTotals", 0);

        output.WriteLine($"prefecture: submission answered → event {latency.TotalMilliseconds:F0} ms");
        Assert.True(latency < OneSecond, $"The change took {latency.TotalMilliseconds:F0} ms to arrive.");
    }

    [Fact]
    public async Task A_subscription_outlives_the_execution_timeout()
    {
        var timeout = service.Services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value.ExecutionTimeout;
        await using var stream = await EventStream.OpenAsync(service.ClientFor(AppRoles.MinistryAnalyst),
            $$"""subscription { prefectureTotals(code: "{{Saga}}", fiscalYear: {{LongYear}}) { code areas { total } version } }""");
        await stream.NextResultAsync();

        await Task.Delay(timeout + TimeSpan.FromSeconds(1));

        await SubmitAndTimeAsync(Saga, LongYear, stream, "prefectureTotals", 0);
    }

    [Fact]
    public async Task A_subscription_streams_over_GET_too_but_a_mutation_over_GET_is_refused()
    {
        await using (var stream = await EventStream.OpenGetAsync(service.ClientFor(AppRoles.MinistryAnalyst), "subscription { nationalTotals(fiscalYear: 2024) { version } }"))
        {
            Assert.Equal("text/event-stream", stream.MediaType);
            Assert.Empty((await stream.NextResultAsync()).Errors);
        }

        await using var mutation = await EventStream.OpenGetAsync(service.ClientFor(AppRoles.PrefectureEditor, Okayama),
            $$"""mutation { submitHomeCareAreas(prefecture: "{{Okayama}}", fiscalYear: {{GetYear}}, areas: []) { code } }""");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
    }

    [Fact]
    public async Task An_unknown_code_gets_one_NOT_FOUND_result_and_the_stream_completes()
    {
        await using var stream = await EventStream.OpenAsync(service.ClientFor(AppRoles.MinistryAnalyst),
            """subscription { prefectureTotals(code: "48", fiscalYear: 2043) { code } }""");

        var result = await stream.NextResultAsync();
        Assert.Equal("NOT_FOUND", Assert.Single(result.ErrorCodes));
        Assert.Equal("complete", (await stream.NextEventAsync()).Event);
    }

    [Fact]
    public async Task A_subscription_without_Accept_text_event_stream_is_refused_with_406()
    {
        var response = await service.ClientFor(AppRoles.MinistryAnalyst).PostGraphQLAsync("subscription { nationalTotals { version } }");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Contains("text/event-stream", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_over_the_event_stream_is_one_next_event_then_complete()
    {
        await using var stream = await EventStream.OpenAsync(service.ClientFor(AppRoles.MinistryAnalyst), "{ national(fiscalYear: 2024) { version } }");

        var result = await stream.NextResultAsync();
        Assert.Empty(result.Errors);
        Assert.NotNull(result.Data!["national"]!["version"]);
        Assert.Equal("complete", (await stream.NextEventAsync()).Event);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_a_400_JSON_error_not_a_stream()
    {
        await using var stream = await EventStream.OpenAsync(service.ClientFor(AppRoles.MinistryAnalyst), "subscription { nationalTotals { noSuchField } }");

        Assert.Equal(HttpStatusCode.BadRequest, stream.Status);
        Assert.Equal("application/json", stream.MediaType);
        Assert.Contains("noSuchField", await stream.ReadToEndAsync());
    }

    [Fact]
    public async Task Disconnecting_ends_the_subscription_on_the_server()
    {
        var feed = service.Services.GetRequiredService<TotalsChangeFeed>();
        await using (var stream = await EventStream.OpenAsync(service.ClientFor(AppRoles.MinistryAnalyst),
            """subscription { regionTotals(code: "hokkaido", fiscalYear: 2044) { version } }"""))
        {
            await stream.NextResultAsync();
            Assert.True(feed.ListenerCount > 0);
        }

        var deadline = Stopwatch.StartNew();
        while (feed.ListenerCount > 0 && deadline.Elapsed < EventStream.Patience)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, feed.ListenerCount);
    }

    /// <summary>Submits a change and measures from the submission's response to the event that carries it.</summary>
    private async Task<TimeSpan> SubmitAndTimeAsync(string prefecture, int year, EventStream stream, string field, long before)
    {
        var municipality = prefecture + "201";
        var reading = stream.NextResultAsync();
        var sent = Stopwatch.StartNew();
        await service.ClientFor(AppRoles.PrefectureEditor, prefecture).SubmitAreasAsync(prefecture, year, municipality);
        var answered = Stopwatch.StartNew();

        var next = await reading;
        var latency = answered.Elapsed;
        output.WriteLine($"{field}: submission sent → event {sent.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Empty(next.Errors);
        Assert.True(next.Data![field]!["version"]!.GetValue<long>() > before);
        Assert.Equal(1, next.Data![field]!["areas"]!["total"]!.GetValue<int>());
        return latency;
    }
}
