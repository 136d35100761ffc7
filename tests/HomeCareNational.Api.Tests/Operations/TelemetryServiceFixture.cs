using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using HomeCareNational.Identity.Development;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace HomeCareNational.Api.Tests.Operations;

/// <summary>
/// The real service (Kestrel, Azurite, the development issuer) with in-memory exporters added to its own telemetry
/// pipeline: every span, metric and log record it makes lands here, after the service's own processors.
/// Logs at Information, so that what a refused token makes the authentication log is captured too.
/// </summary>
public sealed class TelemetryServiceFixture : IAsyncLifetime
{
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private TestService? _service;

    public LockedList<Activity> Spans { get; } = new();

    public LockedList<MetricSnapshot> Metrics { get; } = new();

    public LockedList<CapturedLog> Logs { get; } = new();

    public TestService Service => _service ?? throw new InvalidOperationException("The service has not been started.");

    public async Task InitializeAsync()
    {
        _service = await TestService.StartWithTelemetryAsync(
            telemetry => telemetry
                .WithTracing(tracing => tracing.AddInMemoryExporter(Spans))
                .WithMetrics(metrics => metrics.AddInMemoryExporter(Metrics))
                .WithLogging(logging => logging.AddProcessor(CapturedLog.Into(Logs)), options => options.IncludeFormattedMessage = true),
            "Testing",
            ["--Logging:LogLevel:Default=Information", .. TestService.DevelopmentIssuer(_signingKey)]);
    }

    /// <summary>A client calling with a real token for <paramref name="role"/>.</summary>
    public HttpClient ClientFor(string role, string? prefectureCode = null) => WithToken(Service.Tokens.Issue(new DevelopmentTokenRequest(role, prefectureCode)));

    /// <summary>A client calling with <paramref name="token"/>, whatever it is.</summary>
    public HttpClient WithToken(string token)
    {
        var client = new HttpClient { BaseAddress = Service.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Has the service collect its metrics now, so <see cref="Metrics"/> holds every measurement made so far.</summary>
    public void CollectMetrics() => Assert.True(Service.Services.GetRequiredService<MeterProvider>().ForceFlush());

    /// <summary>
    /// Every collected point of instrument <paramref name="name"/>. The other services of this test process make
    /// meters of the same name, which this service's provider collects too, one stream each: a point sought may be in any.
    /// </summary>
    public IReadOnlyList<MetricPoint> Points(string name)
    {
        CollectMetrics();
        return [.. Metrics.Snapshot().Where(m => m.Name == name).SelectMany(m => m.MetricPoints)];
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}
