using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HomeCareNational.Host.Health;

/// <summary>
/// The body of the health endpoints: <c>{ "status", "durationMs", "checks": { name: { "status", "durationMs",
/// "description" } } }</c>. A check that threw is described by a fixed sentence, never by its exception's message.
/// </summary>
public static class HealthReportJson
{
    private const string ThrewDescription = "The check failed.";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Milliseconds(report.TotalDuration),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new
                {
                    status = entry.Value.Status.ToString(),
                    durationMs = Milliseconds(entry.Value.Duration),
                    description = entry.Value.Exception is null ? entry.Value.Description : ThrewDescription,
                }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Options, context.RequestAborted);
    }

    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 1);
}
