namespace HomeCareNational.Telemetry;

/// <summary>The names of the service's own meter and instruments, as dashboards and alerts query them.</summary>
public static class HomeCareMetricNames
{
    /// <summary>The meter of every instrument below.</summary>
    public const string Meter = "HomeCareNational";

    /// <summary>Register changes answered: tags <see cref="HomeCareMetricTags.Operation"/>, <see cref="HomeCareMetricTags.Outcome"/>, <see cref="HomeCareMetricTags.Code"/> (refused only).</summary>
    public const string Changes = "homecare.changes";

    /// <summary>Rows (institutions) of the files imports read: tag <see cref="HomeCareMetricTags.Outcome"/>; a file refused for its errors counts none.</summary>
    public const string ImportRows = "homecare.import.rows";

    /// <summary>How long imports took, in seconds, from the file read to the answer: tag <see cref="HomeCareMetricTags.Outcome"/>.</summary>
    public const string ImportDuration = "homecare.import.duration";

    /// <summary>Seconds from a change's acceptance to the national aggregate that includes it.</summary>
    public const string NationalAggregateLatency = "homecare.national_aggregate.latency";

    /// <summary>Live-totals subscriptions open on this Host.</summary>
    public const string LiveTotalsSubscribers = "homecare.live_totals.subscribers";

    /// <summary>Cacheable GraphQL answers: tag <see cref="HomeCareMetricTags.EtagResult"/>.</summary>
    public const string EtagAnswers = "homecare.graphql.etag_answers";
}
