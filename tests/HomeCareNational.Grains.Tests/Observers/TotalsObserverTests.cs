using System.Collections.Concurrent;

namespace HomeCareNational.Grains.Tests.Observers;

/// <summary>The aggregate grains tell their observers of each accepted change: a region of its own totals and its prefectures'.</summary>
public sealed class TotalsObserverTests(SharedClusterFixture fixture) : SharedClusterTest(fixture)
{
    private const string Okayama = "33";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_submission_reaches_the_observers_of_the_region_and_the_nation()
    {
        var observer = new RecordingObserver();
        var reference = Grains.CreateObjectReference<ITotalsObserver>(observer);
        var region = Grains.GetGrain<IRegionGrain>("chugoku");
        var national = Grains.GetGrain<INationalGrain>(INationalGrain.Key);
        await region.SubscribeAsync(reference);
        await national.SubscribeAsync(reference);
        try
        {
            var result = await Grains.SubmitRegisterAsync(Okayama, Year, new RegisterBuilder(Okayama).WithAreas(1).Build());

            var levels = await LevelsAsync(Okayama);
            await observer.WaitForAsync(u => u.Level == TotalsLevel.Prefecture && u.Code == Okayama && Is(u, result.Totals));
            await observer.WaitForAsync(u => u.Level == TotalsLevel.Region && u.Code == "chugoku" && Is(u, levels.Region));
            await observer.WaitForAsync(u => u.Level == TotalsLevel.National && u.Code == INationalGrain.Key && Is(u, levels.National));
        }
        finally
        {
            await region.UnsubscribeAsync(reference);
            await national.UnsubscribeAsync(reference);
            Grains.DeleteObjectReference<ITotalsObserver>(reference);
        }
    }

    [Fact]
    public async Task An_unsubscribed_observer_hears_nothing_more()
    {
        var observer = new RecordingObserver();
        var reference = Grains.CreateObjectReference<ITotalsObserver>(observer);
        var region = Grains.GetGrain<IRegionGrain>("chugoku");
        await region.SubscribeAsync(reference);
        await region.UnsubscribeAsync(reference);

        await Grains.SubmitRegisterAsync(Okayama, Year, new RegisterBuilder(Okayama).WithAreas(1).Build());
        // The submission returned after the region took the report; a notification would have been sent by then.
        await Task.Delay(200);

        Assert.DoesNotContain(observer.Updates, u => u.Totals.FiscalYear == Year);
        Grains.DeleteObjectReference<ITotalsObserver>(reference);
    }

    /// <summary>The update carries this version of this test's year (the totals themselves hold dictionaries, which records compare by reference).</summary>
    private bool Is(TotalsUpdate update, TotalsSnapshot? expected) =>
        update.Totals.FiscalYear == Year && update.Totals.Version == expected!.Version && update.Totals.AsOf == expected.AsOf;

    private sealed class RecordingObserver : ITotalsObserver
    {
        private readonly ConcurrentQueue<TotalsUpdate> _updates = new();

        public IReadOnlyCollection<TotalsUpdate> Updates => _updates;

        public Task OnTotalsChangedAsync(TotalsUpdate update)
        {
            _updates.Enqueue(update);
            return Task.CompletedTask;
        }

        public async Task WaitForAsync(Func<TotalsUpdate, bool> match)
        {
            using var timeout = new CancellationTokenSource(Patience);
            while (!_updates.Any(match))
            {
                await Task.Delay(20, timeout.Token);
            }
        }
    }
}
