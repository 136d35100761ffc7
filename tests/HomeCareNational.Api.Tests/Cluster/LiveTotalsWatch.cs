using System.Collections.Concurrent;
using System.Diagnostics;
using HomeCareNational.Api.Tests.Subscriptions;

namespace HomeCareNational.Api.Tests.Cluster;

/// <summary>Reads a live-totals event stream in the background and notes when each event arrived, on a shared clock.</summary>
public sealed class LiveTotalsWatch : IAsyncDisposable
{
    private readonly EventStream _stream;
    private readonly Stopwatch _clock;
    private readonly ConcurrentQueue<TimeSpan> _arrivals = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    private LiveTotalsWatch(string name, EventStream stream, Stopwatch clock)
    {
        Name = name;
        _stream = stream;
        _clock = clock;
        _reading = Task.Run(ReadAsync);
    }

    public string Name { get; }

    /// <summary>Opens the subscription and waits for its first event (the current totals) before watching.</summary>
    public static async Task<LiveTotalsWatch> StartAsync(HttpClient client, string name, string subscription, Stopwatch clock)
    {
        var stream = await EventStream.OpenAsync(client, subscription);
        await stream.NextResultAsync();
        return new LiveTotalsWatch(name, stream, clock);
    }

    /// <summary>How long after <paramref name="instant"/> the first event came, or null if none has.</summary>
    public TimeSpan? FirstEventAfter(TimeSpan instant) => _arrivals.Where(a => a > instant).Select(a => (TimeSpan?)(a - instant)).FirstOrDefault();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _stream.DisposeAsync();
        await _reading;
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await _stream.NextResultAsync();
                _arrivals.Enqueue(_clock.Elapsed);
            }
            catch (OperationCanceledException)
            {
                // No event within the stream's patience: keep watching.
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
