using HomeCareNational.Abstractions.Idempotency;
using HomeCareNational.Abstractions.Retention;
using HomeCareNational.Grains.Idempotency;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Grains.Retention;

/// <inheritdoc cref="IRetentionSweepGrain"/>
/// <remarks>
/// Any silo may run it and it may run twice: it only asks each key grain to forget itself if expired, and the key
/// grain decides on its own state, so a second sweep, or one overlapping a request with the key, deletes nothing live.
/// </remarks>
public sealed class RetentionSweepGrain(
    IStoredIdempotencyKeys storedKeys,
    IOptions<IdempotencyOptions> idempotency,
    IOptions<RetentionOptions> retention,
    TimeProvider clock,
    ILogger<RetentionSweepGrain> logger) : Grain, IRetentionSweepGrain, IRemindable
{
    /// <summary>The sweep's reminder.</summary>
    public const string SweepReminder = "retention-sweep";

    public async Task ScheduleAsync() =>
        await this.RegisterOrUpdateReminder(SweepReminder, retention.Value.SweepPeriod, retention.Value.SweepPeriod);

    public async Task<int> SweepAsync()
    {
        var forgotten = 0;
        var writtenBy = clock.GetUtcNow() - idempotency.Value.Retention;
        await foreach (var key in storedKeys.WrittenByAsync(writtenBy))
        {
            try
            {
                forgotten += await GrainFactory.GetGrain<IIdempotencyKeyGrain>(key).ForgetIfExpiredAsync() ? 1 : 0;
            }
            catch (Exception exception)
            {
                // One key that cannot be deleted now (storage busy, written meanwhile) must not stop the others; the next sweep retries it.
                logger.LogWarning(exception, "The retention sweep could not forget an idempotency key");
            }
        }

        logger.LogInformation("The retention sweep deleted {Count} expired idempotency keys", forgotten);
        return forgotten;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == SweepReminder)
        {
            await SweepAsync();
        }
    }
}
