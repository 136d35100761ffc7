using Azure.Data.Tables;
using HomeCareNational.Abstractions.Idempotency;
using HomeCareNational.Abstractions.Retention;
using HomeCareNational.Grains.Idempotency;
using HomeCareNational.Grains.Retention;

namespace HomeCareNational.Grains.Tests.Retention;

/// <summary>
/// The retention sweep on a cluster of its own, against real Azurite, whose silo reads a test clock: it deletes the
/// stored row of a key past its retention, keeps a live one, and a second sweep changes nothing.
/// </summary>
public sealed class RetentionSweepTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string Hash = "sha256:submit-designations:aaaa";
    private const string ServiceId = "HomeCareNationalTests";

    private readonly string tableName = AzuriteFixture.UniqueTableName("retention");
    private readonly string expiredKey = $"expired-{Guid.NewGuid():N}";
    private readonly string liveKey = $"live-{Guid.NewGuid():N}";
    private HomeCareCluster? cluster;

    private IGrainFactory Grains => cluster!.Grains;

    private IRetentionSweepGrain Sweep => Grains.GetGrain<IRetentionSweepGrain>(IRetentionSweepGrain.Key);

    public async Task InitializeAsync() =>
        cluster = await HomeCareCluster.StartAsync(azurite.ConnectionString, tableName, 1, builder => builder.AddSiloBuilderConfigurator<SweepClockConfigurator>());

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_sweep_deletes_an_expired_key_keeps_a_live_one_and_a_second_sweep_changes_nothing()
    {
        var clock = SweepClockConfigurator.Clock;
        await CompleteAsync("33", expiredKey);
        clock.Advance(IdempotencyOptions.DefaultRetention - TimeSpan.FromHours(4));
        await CompleteAsync("13", liveKey);
        clock.Advance(TimeSpan.FromHours(5));

        // Orleans' reminders read the same clock, so the sweep's own reminder may have run first: the rows tell what was deleted.
        await Sweep.SweepAsync();

        Assert.False(await RowExistsAsync("33", expiredKey));
        Assert.True(await RowExistsAsync("13", liveKey));
        Assert.Equal(IdempotencyDecision.Replay, (await Key("13", liveKey).BeginAsync(Hash)).Decision);
        Assert.Equal(0, await Sweep.SweepAsync());
        Assert.True(await RowExistsAsync("13", liveKey));
        Assert.Equal(IdempotencyDecision.Run, (await Key("33", expiredKey).BeginAsync(Hash)).Decision);
    }

    [Fact]
    public async Task Every_silo_start_schedules_the_one_sweep_reminder()
    {
        var table = new TableClient(azurite.ConnectionString, HomeCareSiloConfigurator.RemindersTable(tableName));
        var sweeps = 0;
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            sweeps += row.GetString("ReminderName") == RetentionSweepGrain.SweepReminder ? 1 : 0;
        }

        Assert.Equal(1, sweeps);
        await Sweep.ScheduleAsync();
        Assert.Equal(1, await table.QueryAsync<TableEntity>().CountAsync(row => row.GetString("ReminderName") == RetentionSweepGrain.SweepReminder));
    }

    private IIdempotencyKeyGrain Key(string prefecture, string key) => Grains.GetGrain<IIdempotencyKeyGrain>(IdempotencyKeys.GrainKey(prefecture, key));

    private async Task CompleteAsync(string prefecture, string key)
    {
        Assert.Equal(IdempotencyDecision.Run, (await Key(prefecture, key).BeginAsync(Hash)).Decision);
        await Key(prefecture, key).CompleteAsync(Hash, "{}");
    }

    /// <summary>Whether the key's state row is in the grain table, in the layout of TABLE-LAYOUT.md.</summary>
    private async Task<bool> RowExistsAsync(string prefecture, string key)
    {
        var table = new TableClient(azurite.ConnectionString, tableName);
        var row = await table.GetEntityIfExistsAsync<TableEntity>($"{ServiceId}_{IdempotencyKeys.GrainType}_{prefecture}_{key}", StorageNames.IdempotencyState);
        return row.HasValue;
    }
}
