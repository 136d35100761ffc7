namespace HomeCareNational.Telemetry;

/// <summary>
/// The tags of the service's metrics and their closed sets of values. Tags carry operation names and error codes only,
/// never a person's or an institution's name: attribution stays in the history, out of telemetry.
/// </summary>
public static class HomeCareMetricTags
{
    /// <summary>The operation's name as the history records it, e.g. <c>replaceDesignations</c>.</summary>
    public const string Operation = "homecare.operation";

    /// <summary><see cref="Accepted"/>, <see cref="Refused"/> or, for imports, <see cref="DryRun"/>.</summary>
    public const string Outcome = "homecare.outcome";

    /// <summary>The error code a refused change was answered with, e.g. <c>VALIDATION_FAILED</c>.</summary>
    public const string Code = "homecare.error_code";

    /// <summary><see cref="NotModified"/> or <see cref="Full"/>.</summary>
    public const string EtagResult = "homecare.etag.result";

    public const string Accepted = "accepted";

    public const string Refused = "refused";

    /// <summary>An import that only showed what it would change.</summary>
    public const string DryRun = "dry_run";

    /// <summary>A <c>304 Not Modified</c>: the client's ETag matched.</summary>
    public const string NotModified = "not_modified";

    /// <summary>An answer with its body (and a new ETag).</summary>
    public const string Full = "full";
}
