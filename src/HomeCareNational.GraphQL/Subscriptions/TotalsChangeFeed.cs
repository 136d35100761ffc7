using Microsoft.Extensions.Logging;

namespace HomeCareNational.GraphQL.Subscriptions;

/// <summary>
/// This API host's one link to the aggregate grains for live totals: one observer subscription per aggregate grain
/// that has local listeners (the national grain, a region's grain for the region and its prefectures), however many
/// clients listen, fanned out in-process. Subscriptions are renewed every <see cref="TotalsObservation.Renewal"/>, so
/// they outlive the grains' observer expiry and come back after a silo restart lost them; the last listener to leave
/// ends the grain's subscription.
/// </summary>
public sealed class TotalsChangeFeed : ITotalsObserver, IDisposable
{
    private readonly IGrainFactory _grains;
    private readonly RegionGrouping _grouping;
    private readonly ILogger<TotalsChangeFeed> _logger;
    private readonly Lock _gate = new();
    private readonly List<Listener> _listeners = [];
    private readonly Dictionary<string, int> _listenersPerPublisher = [];
    private readonly ITimer _renewal;
    private ITotalsObserver? _reference;

    public TotalsChangeFeed(IGrainFactory grains, RegionGrouping grouping, TimeProvider clock, HomeCareMetrics metrics, ILogger<TotalsChangeFeed> logger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _grains = grains;
        _grouping = grouping;
        _logger = logger;
        metrics.ObserveLiveTotalsSubscribers(() => ListenerCount);
        _renewal = clock.CreateTimer(_ => _ = RenewAsync(), null, TotalsObservation.Renewal, TotalsObservation.Renewal);
    }

    /// <summary>Listeners of this host, over all keys.</summary>
    public int ListenerCount
    {
        get
        {
            lock (_gate)
            {
                return _listeners.Count;
            }
        }
    }

    /// <summary>Aggregate grains this host is subscribed to.</summary>
    public int GrainSubscriptionCount
    {
        get
        {
            lock (_gate)
            {
                return _listenersPerPublisher.Count;
            }
        }
    }

    private ITotalsObserver Reference
    {
        get
        {
            lock (_gate)
            {
                return _reference ??= _grains.CreateObjectReference<ITotalsObserver>(this);
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="onChange"/> with every change to the totals of the nation, a region or a prefecture (by
    /// code) until the returned handle is disposed. Changes may come on any thread, and out of order: compare versions.
    /// </summary>
    public async Task<IDisposable> ListenAsync(TotalsLevel level, string code, Action<TotalsSnapshot> onChange)
    {
        var publisher = PublisherKey(level, code);
        var listener = new Listener(level, code, onChange);
        bool first;
        lock (_gate)
        {
            _listeners.Add(listener);
            first = !_listenersPerPublisher.TryGetValue(publisher, out var count);
            _listenersPerPublisher[publisher] = count + 1;
        }

        if (first)
        {
            try
            {
                await Publisher(publisher).SubscribeAsync(Reference);
            }
            catch
            {
                Remove(listener, publisher);
                throw;
            }
        }

        return new Registration(() => Remove(listener, publisher));
    }

    Task ITotalsObserver.OnTotalsChangedAsync(TotalsUpdate update)
    {
        Listener[] matching;
        lock (_gate)
        {
            matching = [.. _listeners.Where(l => l.Level == update.Level && l.Code == update.Code)];
        }

        foreach (var listener in matching)
        {
            try
            {
                listener.OnChange(update.Totals);
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "A live-totals listener failed on a change of {Level} {Code}.", update.Level, update.Code);
            }
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _renewal.Dispose();
        lock (_gate)
        {
            if (_reference is not null)
            {
                _grains.DeleteObjectReference<ITotalsObserver>(_reference);
            }
        }
    }

    private void Remove(Listener listener, string publisher)
    {
        bool last;
        lock (_gate)
        {
            if (!_listeners.Remove(listener))
            {
                return;
            }

            last = --_listenersPerPublisher[publisher] == 0;
            if (last)
            {
                _listenersPerPublisher.Remove(publisher);
            }
        }

        if (last)
        {
            _ = UnsubscribeAsync(publisher);
        }
    }

    private async Task UnsubscribeAsync(string publisher)
    {
        try
        {
            await Publisher(publisher).UnsubscribeAsync(Reference);
        }
        catch (Exception e)
        {
            // The grain drops the subscription anyway when it expires.
            _logger.LogWarning(e, "Could not end the live-totals subscription to {Publisher}.", publisher);
        }
    }

    /// <summary>
    /// Subscribes again to every aggregate grain this host has listeners for; the timer does it every
    /// <see cref="TotalsObservation.Renewal"/>, the host also when a silo died, since the grains it held come back
    /// elsewhere without their subscriptions. False when a grain could not be reached (retry).
    /// </summary>
    public async Task<bool> RenewAsync()
    {
        string[] publishers;
        lock (_gate)
        {
            publishers = [.. _listenersPerPublisher.Keys];
        }

        var renewed = true;
        foreach (var publisher in publishers)
        {
            try
            {
                await Publisher(publisher).SubscribeAsync(Reference);
            }
            catch (Exception e)
            {
                renewed = false;
                _logger.LogWarning(e, "Could not renew the live-totals subscription to {Publisher}.", publisher);
            }
        }

        return renewed;
    }

    /// <summary>The national grain's key, or the region's code: a prefecture's changes come through its region.</summary>
    private string PublisherKey(TotalsLevel level, string code) => level switch
    {
        TotalsLevel.National => INationalGrain.Key,
        TotalsLevel.Region => code,
        _ => _grouping.RegionOf(code).Code,
    };

    private ITotalsPublisher Publisher(string key) =>
        key == INationalGrain.Key ? _grains.GetGrain<INationalGrain>(key) : _grains.GetGrain<IRegionGrain>(key);

    private sealed record Listener(TotalsLevel Level, string Code, Action<TotalsSnapshot> OnChange);

    private sealed class Registration(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
