using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using HomeCareNational.Api.Tests.Http;
using HomeCareNational.GraphQL.Http;
using HomeCareNational.Identity;
using HomeCareNational.Telemetry;
using OpenTelemetry.Metrics;

namespace HomeCareNational.Api.Tests.Operations;

/// <summary>
/// The service's own telemetry pipeline over real HTTP, real Azurite and real tokens, read through in-memory exporters
/// added to it. Requests carry a trace of the test's own (<see cref="StartTrace"/>), so theirs is told from those of the
/// other services this test process runs.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests(TelemetryServiceFixture telemetry)
{
    private const string Prefecture = "44";
    private const int Year = 2036;
    private const string Operation = "submitHomeCareAreas";

    /// <summary>Spans end (and are exported) just after the response is sent; this only bounds the wait for them.</summary>
    private static readonly TimeSpan ExportWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task One_accepted_mutation_is_one_trace_of_its_HTTP_span_a_grain_call_span_and_a_storage_call_span()
    {
        using var test = StartTrace();
        var trace = test.TraceId;

        using var response = await SendAsync(telemetry.ClientFor(AppRoles.PrefectureEditor, Prefecture), Mutation());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var server = await SpanAsync(trace, s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore");
        var spans = telemetry.Spans.Snapshot().Where(s => s.TraceId == trace).ToArray();

        Assert.Equal(GraphQLEndpoint.Route, server.GetTagItem("url.path"));
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.Orleans.Application" && s.Kind == ActivityKind.Server && s.DisplayName == "IPrefectureGrain/EditAsync");
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.Orleans.Storage" && Equals(s.GetTagItem("orleans.grain.id"), $"prefecture/{Prefecture}"));
        Assert.Contains(spans, s => s.Source.Name == "System.Net.Http" && s.Kind == ActivityKind.Client
            && s.GetTagItem("url.full") is string url && url.StartsWith(telemetry.Service.Azurite.TableEndpoint.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_accepted_mutation_and_a_conditional_GET_are_counted_with_their_tags()
    {
        var editor = telemetry.ClientFor(AppRoles.PrefectureEditor, Prefecture);
        using (var accepted = await SendAsync(editor, Mutation()))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var analyst = telemetry.ClientFor(AppRoles.MinistryAnalyst);
        using var first = await analyst.SendAsync(GraphQLMessages.Get("{ national { version } }"));
        using var conditional = GraphQLMessages.Get("{ national { version } }");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await analyst.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        Assert.Contains(telemetry.Points(HomeCareMetricNames.Changes), p =>
            Tag(p, HomeCareMetricTags.Operation) == Operation && Tag(p, HomeCareMetricTags.Outcome) == HomeCareMetricTags.Accepted
            && Tag(p, HomeCareMetricTags.Code) is null && p.GetSumLong() >= 1);
        Assert.Contains(telemetry.Points(HomeCareMetricNames.EtagAnswers), p => Tag(p, HomeCareMetricTags.EtagResult) == HomeCareMetricTags.NotModified && p.GetSumLong() >= 1);
        Assert.Contains(telemetry.Points(HomeCareMetricNames.EtagAnswers), p => Tag(p, HomeCareMetricTags.EtagResult) == HomeCareMetricTags.Full && p.GetSumLong() >= 1);
        Assert.NotEmpty(telemetry.Points(HomeCareMetricNames.LiveTotalsSubscribers));
        await WaitUntilAsync(() => telemetry.Points(HomeCareMetricNames.NationalAggregateLatency).Any(p => p.GetHistogramCount() >= 1));
    }

    [Fact]
    public async Task A_refused_mutation_is_counted_with_its_operation_and_error_code()
    {
        using var refused = await SendAsync(telemetry.ClientFor(AppRoles.PrefectureEditor, Prefecture), Mutation(municipality: "not-a-code"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(telemetry.Points(HomeCareMetricNames.Changes), p =>
            Tag(p, HomeCareMetricTags.Operation) == Operation && Tag(p, HomeCareMetricTags.Outcome) == HomeCareMetricTags.Refused
            && Tag(p, HomeCareMetricTags.Code) == "VALIDATION_FAILED" && p.GetSumLong() >= 1);
    }

    [Fact]
    public async Task A_refused_token_is_in_no_span_or_log_and_the_request_logs_carry_its_trace_id()
    {
        var valid = telemetry.Service.Tokens.Issue(new(AppRoles.MinistryAnalyst));
        var forged = valid[..^8] + (valid[^8] == 'A' ? "BBBBBBBB" : "AAAAAAAA");
        var signature = forged[(forged.LastIndexOf('.') + 1)..];
        using var test = StartTrace();
        var trace = test.TraceId;
        using var client = telemetry.WithToken(forged);
        using var request = GraphQLMessages.Get("{ national { version } }");
        request.RequestUri = new Uri($"{request.RequestUri}&access_token={Uri.EscapeDataString(forged)}", UriKind.Relative);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var server = await SpanAsync(trace, s => s.Kind == ActivityKind.Server);
        Assert.Equal(401, server.GetTagItem("http.response.status_code"));
        Assert.Contains(telemetry.Logs.Snapshot(), l => l.TraceId == trace && l.Texts.Any(t => t.StartsWith("A bearer token was refused", StringComparison.Ordinal)));
        Assert.DoesNotContain(telemetry.Spans.Snapshot().SelectMany(s => s.TagObjects), t => t.Value is string text && text.Contains(signature, StringComparison.Ordinal));
        Assert.DoesNotContain(telemetry.Logs.Snapshot().SelectMany(l => l.Texts), text => text.Contains(signature, StringComparison.Ordinal));
    }

    private static string? Tag(MetricPoint point, string name)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    private static string Mutation(string municipality = "44201") => JsonSerializer.Serialize(new
    {
        query = $$"""mutation ($areas: [HomeCareAreaInput!]!) { {{Operation}}(prefecture: "{{Prefecture}}", fiscalYear: {{Year}}, areas: $areas) { version } }""",
        variables = new { areas = new[] { new HomeCareAreaInput("A1", "テスト圏域", "SECONDARY_MEDICAL_AREA", [municipality]) } },
    });

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLEndpoint.Route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await client.SendAsync(request);
    }

    /// <summary>The test's own trace: the requests sent while it is current carry it in <c>traceparent</c>, and the service continues it.</summary>
    /// Marked sampled, as a caller's sampled trace is: the service's sampler follows its parent.
    private static Activity StartTrace()
    {
        var activity = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();
        activity.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        return activity;
    }

    private async Task<Activity> SpanAsync(ActivityTraceId trace, Func<Activity, bool> match)
    {
        Activity? found = null;
        await WaitUntilAsync(() => (found = telemetry.Spans.Snapshot().FirstOrDefault(s => s.TraceId == trace && match(s))) is not null);
        return found!;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < ExportWithin, "not exported in time");
            await Task.Delay(100);
        }
    }
}
