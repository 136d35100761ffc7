namespace HomeCareNational.Abstractions;

/// <summary>
/// Told of every change to the totals an aggregate grain holds or passes through: the nation's own, a region's own
/// and its member prefectures'. An API host subscribes one observer per aggregate grain and fans the changes out to
/// its live-totals subscribers.
/// </summary>
public interface ITotalsObserver : IGrainObserver
{
    /// <summary>New totals were accepted. Fire and forget: a slow or vanished observer never holds up a submission.</summary>
    [OneWay]
    Task OnTotalsChangedAsync(TotalsUpdate update);
}

/// <summary>How long an observer's subscription to an aggregate grain lasts unless renewed.</summary>
public static class TotalsObservation
{
    /// <summary>Subscriptions not renewed within this time are dropped, so observers of a vanished host do not pile up.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(2);

    /// <summary>How often a subscriber renews: well within <see cref="Expiry"/>, and soon after a silo restart lost the grain's subscriptions.</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);
}

/// <summary>An aggregate grain that tells observers of changes. Subscriptions expire (<see cref="TotalsObservation.Expiry"/>): renew them.</summary>
public interface ITotalsPublisher : IGrainWithStringKey
{
    /// <summary>Subscribes the observer, or renews its subscription.</summary>
    Task SubscribeAsync(ITotalsObserver observer);

    /// <summary>Ends the observer's subscription.</summary>
    Task UnsubscribeAsync(ITotalsObserver observer);
}

/// <summary>The level of the totals in a <see cref="TotalsUpdate"/>.</summary>
public enum TotalsLevel
{
    National,
    Region,
    Prefecture,
}

/// <summary>New totals of the nation, a region or a prefecture (by its code) for the snapshot's fiscal year.</summary>
[GenerateSerializer, Immutable]
public sealed record TotalsUpdate(
    [property: Id(0)] TotalsLevel Level,
    [property: Id(1)] string Code,
    [property: Id(2)] TotalsSnapshot Totals);
