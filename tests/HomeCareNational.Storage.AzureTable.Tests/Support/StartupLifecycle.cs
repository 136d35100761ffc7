namespace HomeCareNational.Storage.AzureTable.Tests.Support;

/// <summary>
/// Just enough of a silo lifecycle to start providers outside a silo: runs the subscribers' start in stage order.
/// </summary>
internal sealed class StartupLifecycle : ISiloLifecycle
{
    private readonly List<(int Stage, ILifecycleObserver Observer)> subscribers = [];

    public int HighestCompletedStage { get; private set; } = int.MinValue;

    public int LowestStoppedStage { get; private set; } = int.MaxValue;

    public IDisposable Subscribe(string observerName, int stage, ILifecycleObserver observer)
    {
        subscribers.Add((stage, observer));
        return new Unsubscriber(() => subscribers.Remove((stage, observer)));
    }

    public async Task StartAsync()
    {
        foreach (var (stage, observer) in subscribers.OrderBy(subscriber => subscriber.Stage))
        {
            await observer.OnStart(CancellationToken.None);
            HighestCompletedStage = stage;
        }
    }

    private sealed class Unsubscriber(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
