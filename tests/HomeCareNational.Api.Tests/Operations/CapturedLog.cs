using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace HomeCareNational.Api.Tests.Operations;

/// <summary>What a log record carried when it was emitted: log records are pooled and reused once exported, so the test keeps this copy.</summary>
/// <param name="TraceId">The trace the record belongs to (default when none).</param>
/// <param name="Category">The logger's category.</param>
/// <param name="Texts">Its message, template, every attribute value and its exception, as text.</param>
public sealed record CapturedLog(ActivityTraceId TraceId, string? Category, IReadOnlyList<string> Texts)
{
    /// <summary>A processor that adds a <see cref="CapturedLog"/> of every record to <paramref name="logs"/>.</summary>
    public static BaseProcessor<LogRecord> Into(ICollection<CapturedLog> logs) => new Capture(logs);

    private sealed class Capture(ICollection<CapturedLog> logs) : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord data)
        {
            IEnumerable<string?> texts =
            [
                data.FormattedMessage,
                data.Body,
                data.Exception?.ToString(),
                .. (data.Attributes ?? []).Select(a => Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture)),
            ];
            logs.Add(new CapturedLog(data.TraceId, data.CategoryName, [.. texts.OfType<string>()]));
        }
    }
}
