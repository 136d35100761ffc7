using Azure.Monitor.OpenTelemetry.AspNetCore;
using HomeCareNational.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HomeCareNational.Host.Telemetry;

/// <summary>Composes the service's OpenTelemetry: traces, metrics and logs, and where they are exported.</summary>
public static class HomeCareTelemetryExtensions
{
    /// <summary>
    /// Traces of ASP.NET Core, outgoing HTTP (the Azure Storage calls), the Azure SDK and Orleans; metrics of ASP.NET
    /// Core, outgoing HTTP, the .NET runtime, Orleans and <see cref="HomeCareMetrics"/>; logs through OpenTelemetry,
    /// each with the trace and span id of the request it belongs to. Exported over OTLP when
    /// <see cref="TelemetrySources.OtlpEndpointKey"/> is set, to Azure Monitor when
    /// <see cref="TelemetrySources.ApplicationInsightsConnectionStringKey"/> is, to <paramref name="extend"/>'s exporters
    /// when given, and not composed at all otherwise. Every span
    /// passes <see cref="SensitiveTagFilter"/> before any exporter.
    /// </summary>
    /// <param name="builder">The service's builder.</param>
    /// <param name="extend">Added to the same pipeline once it is composed; tests add in-memory exporters here.</param>
    public static WebApplicationBuilder AddHomeCareTelemetry(this WebApplicationBuilder builder, Action<OpenTelemetryBuilder>? extend = null)
    {
        AppContext.SetSwitch(TelemetrySources.AzureSdkActivitySourceSwitch, true);
        builder.Services.AddHomeCareMetrics();

        // Console and other providers' scopes carry the ids too, so a log line found anywhere leads to its trace.
        builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[TelemetrySources.OtlpEndpointKey]);
        var applicationInsights = builder.Configuration[TelemetrySources.ApplicationInsightsConnectionStringKey];
        if (!otlp && string.IsNullOrEmpty(applicationInsights) && extend is null)
        {
            // Nothing would export them: every span, metric point and log record would be made only to be dropped, and
            // making the spans (a request's and its grain calls') was the largest single cost of a conditional GET.
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(TelemetrySources.ServiceName))
            .WithTracing(tracing => tracing
                // An exception's message may quote a request; the status and the error type are enough.
                .AddAspNetCoreInstrumentation(options => options.RecordException = false)
                .AddHttpClientInstrumentation(options => options.RecordException = false)
                .AddSource(TelemetrySources.AzureSdk, TelemetrySources.OrleansRuntime, TelemetrySources.OrleansApplication, TelemetrySources.OrleansStorage)
                .AddProcessor(new SensitiveTagFilter()))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(TelemetrySources.OrleansMeter, HomeCareMetricNames.Meter))
            .WithLogging();

        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (!string.IsNullOrEmpty(applicationInsights))
        {
            telemetry.UseAzureMonitor(options => options.ConnectionString = applicationInsights);
        }

        extend?.Invoke(telemetry);
        return builder;
    }
}
