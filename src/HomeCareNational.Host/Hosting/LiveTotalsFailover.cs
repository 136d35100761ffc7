using HomeCareNational.GraphQL.Subscriptions;

namespace HomeCareNational.Host.Hosting;

/// <summary>
/// Keeps this host's live-totals subscribers receiving when another silo dies: the aggregate grains it held come
/// back on a survivor without their observers, so as soon as membership declares a silo dead the host subscribes
/// again (retrying each <see cref="RetryDelay"/> while the grains move), instead of waiting for the periodic renewal.
/// </summary>
internal sealed class LiveTotalsFailover(IClusterMembershipService membership, TotalsChangeFeed feed, ILogger<LiveTotalsFailover> logger)
    : BackgroundService
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(500);

    private const int Attempts = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var dead = new HashSet<SiloAddress>();
        await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
        {
            var newlyDead = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Dead && dead.Add(m.SiloAddress));
            if (newlyDead == 0 || feed.GrainSubscriptionCount == 0)
            {
                continue;
            }

            logger.LogInformation("{Count} silo(s) died: renewing the live-totals subscriptions", newlyDead);
            for (var attempt = 1; attempt <= Attempts && !await feed.RenewAsync(); attempt++)
            {
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }
}
