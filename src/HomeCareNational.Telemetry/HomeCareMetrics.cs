using System.Diagnostics.Metrics;
using static HomeCareNational.Telemetry.HomeCareMetricTags;

namespace HomeCareNational.Telemetry;

/// <summary>
/// The service's own instruments, on meter <see cref="HomeCareMetricNames.Meter"/>, made by the host's
/// <see cref="IMeterFactory"/> so that each host (and each test's) has its own. One singleton per host.
/// </summary>
public sealed class HomeCareMetrics
{
    private readonly Meter _meter;
    private readonly Counter<long> _changes;
    private readonly Counter<long> _importRows;
    private readonly Histogram<double> _importDuration;
    private readonly Histogram<double> _nationalAggregateLatency;
    private readonly Counter<long> _etagAnswers;

    public HomeCareMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(HomeCareMetricNames.Meter);
        _changes = _meter.CreateCounter<long>(HomeCareMetricNames.Changes, "{change}", "Register changes answered, by operation, outcome and error code.");
        _importRows = _meter.CreateCounter<long>(HomeCareMetricNames.ImportRows, "{row}", "Rows read by imports, by outcome.");
        _importDuration = _meter.CreateHistogram<double>(HomeCareMetricNames.ImportDuration, "s", "How long an import took, from the file read to the answer.");
        _nationalAggregateLatency = _meter.CreateHistogram<double>(
            HomeCareMetricNames.NationalAggregateLatency, "s", "From a change's acceptance to the national aggregate that includes it.");
        _etagAnswers = _meter.CreateCounter<long>(HomeCareMetricNames.EtagAnswers, "{answer}", "Cacheable GraphQL answers: 304 against full answers.");
    }

    public void ChangeAccepted(string operation) =>
        _changes.Add(1, new(HomeCareMetricTags.Operation, operation), new(Outcome, Accepted));

    public void ChangeRefused(string operation, string code) =>
        _changes.Add(1, new(HomeCareMetricTags.Operation, operation), new(Outcome, Refused), new(Code, code));

    /// <param name="outcome"><see cref="Accepted"/>, <see cref="Refused"/> or <see cref="DryRun"/>.</param>
    /// <param name="rows">The rows the file held; none for a file refused for its errors.</param>
    /// <param name="duration">From reading the file to the answer.</param>
    public void ImportRan(string outcome, int rows, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>(Outcome, outcome);
        _importRows.Add(rows, tag);
        _importDuration.Record(duration.TotalSeconds, tag);
    }

    /// <param name="sinceAccepted">From the acceptance of the newest change the national totals count to now.</param>
    public void NationalAggregateUpdated(TimeSpan sinceAccepted) => _nationalAggregateLatency.Record(sinceAccepted.TotalSeconds);

    /// <summary>Observes the live-totals subscriptions open on this host; called once, by the host's change feed.</summary>
    public void ObserveLiveTotalsSubscribers(Func<int> count) =>
        _meter.CreateObservableUpDownCounter(HomeCareMetricNames.LiveTotalsSubscribers, count, "{subscriber}", "Live-totals subscriptions open on this host.");

    public void EtagAnswered(bool notModified) =>
        _etagAnswers.Add(1, new KeyValuePair<string, object?>(EtagResult, notModified ? NotModified : Full));
}
