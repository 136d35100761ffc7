namespace HomeCareNational.GraphQL.Subscriptions;

/// <summary>
/// The event stream of one live-totals subscription: the current totals first, then each newer version. Listening
/// starts before the current totals are read, so no change between the two is lost; versions drop replays and
/// changes that arrive out of order.
/// </summary>
/// <param name="feed">This host's change feed.</param>
/// <param name="level">Whose totals.</param>
/// <param name="code">The nation's key, the region's or the prefecture's code.</param>
/// <param name="fiscalYear">The one fiscal year the subscription follows.</param>
/// <param name="readCurrent">Reads the current totals as the view the field returns.</param>
/// <param name="toView">Makes the field's view of changed totals.</param>
public sealed class LiveTotals(
    TotalsChangeFeed feed,
    TotalsLevel level,
    string code,
    int fiscalYear,
    Func<Task<ITotalsView>> readCurrent,
    Func<TotalsSnapshot, ITotalsView> toView) : IObservable<object?>
{
    private TotalsChangeFeed Feed => feed;

    private TotalsLevel Level => level;

    private string Code => code;

    private int FiscalYear => fiscalYear;

    private Func<Task<ITotalsView>> ReadCurrent => readCurrent;

    private Func<TotalsSnapshot, ITotalsView> ToView => toView;

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var subscription = new Subscription(observer);
        _ = subscription.StartAsync(this);
        return subscription;
    }

    private sealed class Subscription(IObserver<object?> observer) : IDisposable
    {
        private readonly Lock _gate = new();
        private IDisposable? _registration;
        private TotalsSnapshot? _pending;
        private long? _lastVersion;
        private bool _disposed;

        public async Task StartAsync(LiveTotals stream)
        {
            try
            {
                var registration = await stream.Feed.ListenAsync(stream.Level, stream.Code, snapshot => OnChange(stream, snapshot));
                lock (_gate)
                {
                    if (_disposed)
                    {
                        registration.Dispose();
                        return;
                    }

                    _registration = registration;
                }

                var current = await stream.ReadCurrent();
                lock (_gate)
                {
                    if (_disposed)
                    {
                        return;
                    }

                    _lastVersion = current.Snapshot?.Version ?? 0;
                    observer.OnNext(current);
                    if (_pending is { } pending && pending.Version > _lastVersion)
                    {
                        _lastVersion = pending.Version;
                        observer.OnNext(stream.ToView(pending));
                    }

                    _pending = null;
                }
            }
            catch (Exception e)
            {
                observer.OnError(e);
            }
        }

        public void Dispose()
        {
            IDisposable? registration;
            lock (_gate)
            {
                _disposed = true;
                registration = _registration;
                _registration = null;
            }

            registration?.Dispose();
        }

        private void OnChange(LiveTotals stream, TotalsSnapshot snapshot)
        {
            if (snapshot.FiscalYear != stream.FiscalYear)
            {
                return;
            }

            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                if (_lastVersion is not { } last)
                {
                    // The current totals are still being read: keep the newest change for after them.
                    if (_pending is null || snapshot.Version > _pending.Version)
                    {
                        _pending = snapshot;
                    }

                    return;
                }

                if (snapshot.Version > last)
                {
                    _lastVersion = snapshot.Version;
                    observer.OnNext(stream.ToView(snapshot));
                }
            }
        }
    }
}
