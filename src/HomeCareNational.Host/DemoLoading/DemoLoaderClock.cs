namespace HomeCareNational.Host.DemoLoading;

/// <summary>
/// The clock of accepted register changes (<see cref="HomeCareNational.Grains.Hosting.ChangeClock"/>) while demo data
/// is enabled, and only then registered: the silo's clock, except inside a grain call the demo loader makes with
/// <see cref="RecordAt"/>, where it answers the time the loader chose, so the synthetic history is recorded at times
/// spread over its fiscal year. The time travels in Orleans' <see cref="RequestContext"/> under a key only this class
/// knows; nothing that serves HTTP sets request-context values.
/// </summary>
internal sealed class DemoLoaderClock(TimeProvider silo) : TimeProvider
{
    private const string RecordedAtKey = "homecare.demo-loader.recorded-at";

    public override DateTimeOffset GetUtcNow() =>
        RequestContext.Get(RecordedAtKey) is DateTimeOffset recordedAt ? recordedAt : silo.GetUtcNow();

    public override long GetTimestamp() => silo.GetTimestamp();

    public override long TimestampFrequency => silo.TimestampFrequency;

    /// <summary>Grain calls made until the returned scope is disposed record <paramref name="at"/> as their time.</summary>
    public static IDisposable RecordAt(DateTimeOffset at)
    {
        RequestContext.Set(RecordedAtKey, at.ToUniversalTime());
        return new Scope();
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => RequestContext.Remove(RecordedAtKey);
    }
}
