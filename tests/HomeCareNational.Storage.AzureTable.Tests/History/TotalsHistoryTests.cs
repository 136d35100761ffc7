using HomeCareNational.Abstractions.History;
using static HomeCareNational.Storage.AzureTable.Tests.History.HistoryTestData;

namespace HomeCareNational.Storage.AzureTable.Tests.History;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TotalsHistoryTests(AzuriteFixture azurite)
{
    private static readonly TotalsScope Tokyo = TotalsScope.Prefecture("13");
    private static readonly DateTimeOffset First = Start;
    private static readonly DateTimeOffset Second = Start.AddHours(2);

    [Fact]
    public async Task Before_the_first_snapshot_there_is_none()
    {
        await using var stores = await StartWithTwoSnapshotsAsync();

        Assert.Null(await stores.Totals.AsOfAsync(Tokyo, 2024, First.AddTicks(-1)));
    }

    [Fact]
    public async Task At_exactly_a_snapshots_instant_that_snapshot_is_in_force()
    {
        await using var stores = await StartWithTwoSnapshotsAsync();

        Assert.Equal(Snapshot(2024, 1, First), await stores.Totals.AsOfAsync(Tokyo, 2024, First));
        Assert.Equal(Snapshot(2024, 2, Second), await stores.Totals.AsOfAsync(Tokyo, 2024, Second.ToUniversalTime()));
    }

    [Fact]
    public async Task Between_two_snapshots_the_earlier_is_in_force()
    {
        await using var stores = await StartWithTwoSnapshotsAsync();

        Assert.Equal(Snapshot(2024, 1, First), await stores.Totals.AsOfAsync(Tokyo, 2024, First.AddHours(1)));
        Assert.Equal(Snapshot(2024, 1, First), await stores.Totals.AsOfAsync(Tokyo, 2024, Second.AddTicks(-1)));
    }

    [Fact]
    public async Task After_the_last_snapshot_the_last_is_in_force()
    {
        await using var stores = await StartWithTwoSnapshotsAsync();

        Assert.Equal(Snapshot(2024, 2, Second), await stores.Totals.AsOfAsync(Tokyo, 2024, Second.AddYears(3)));
        Assert.Equal(Snapshot(2024, 2, Second), await stores.Totals.AsOfAsync(Tokyo, 2024, DateTimeOffset.MaxValue));
    }

    [Fact]
    public async Task Of_two_snapshots_of_the_same_instant_the_higher_version_is_in_force()
    {
        await using var stores = HistoryStores.Start(azurite);
        await stores.Totals.RecordAsync(Tokyo, Snapshot(2024, 8, First));
        await stores.Totals.RecordAsync(Tokyo, Snapshot(2024, 7, First));

        Assert.Equal(Snapshot(2024, 8, First), await stores.Totals.AsOfAsync(Tokyo, 2024, First));
    }

    [Fact]
    public async Task Recording_the_same_snapshot_twice_is_harmless()
    {
        await using var stores = HistoryStores.Start(azurite);
        await stores.Totals.RecordAsync(Tokyo, Snapshot(2024, 1, First));
        await stores.Totals.RecordAsync(Tokyo, Snapshot(2024, 1, First));

        Assert.Equal(Snapshot(2024, 1, First), await stores.Totals.AsOfAsync(Tokyo, 2024, First.AddMinutes(1)));
        Assert.Single(await RawRows.AllAsync(azurite, stores.Options.TotalsTableName));
    }

    [Fact]
    public async Task A_restarted_store_answers_what_the_first_recorded()
    {
        await using var first = await StartWithTwoSnapshotsAsync();
        await using var restarted = HistoryStores.Restart(azurite, first);

        Assert.Equal(Snapshot(2024, 1, First), await restarted.Totals.AsOfAsync(Tokyo, 2024, First.AddMinutes(1)));
        Assert.Equal(Snapshot(2024, 2, Second), await restarted.Totals.AsOfAsync(Tokyo, 2024, Second));
    }

    [Fact]
    public async Task Snapshots_read_back_equal_with_their_offset()
    {
        await using var stores = HistoryStores.Start(azurite);
        var recorded = Snapshot(2024, 3, First.AddTicks(7));
        await stores.Totals.RecordAsync(TotalsScope.National, recorded);

        var read = await stores.Totals.AsOfAsync(TotalsScope.National, 2024, recorded.AsOf);

        Assert.NotNull(read);
        Assert.Equal(recorded, read);
        Assert.Equal(recorded.Totals, read.Totals);
        Assert.Equal(recorded.AsOf.Offset, read.AsOf.Offset);
    }

    [Fact]
    public async Task Scopes_and_fiscal_years_are_kept_apart()
    {
        await using var stores = HistoryStores.Start(azurite);
        await stores.Totals.RecordAsync(TotalsScope.National, Snapshot(2024, 100, First));
        await stores.Totals.RecordAsync(TotalsScope.Region("kanto"), Snapshot(2024, 20, First));
        await stores.Totals.RecordAsync(TotalsScope.Region("kyushu-okinawa"), Snapshot(2024, 30, First));
        await stores.Totals.RecordAsync(Tokyo, Snapshot(2024, 3, First));
        await stores.Totals.RecordAsync(Tokyo, Snapshot(2025, 4, First));
        var later = First.AddDays(1);

        Assert.Equal(100, (await stores.Totals.AsOfAsync(TotalsScope.National, 2024, later))?.Version);
        Assert.Equal(20, (await stores.Totals.AsOfAsync(TotalsScope.Region("kanto"), 2024, later))?.Version);
        Assert.Equal(30, (await stores.Totals.AsOfAsync(TotalsScope.Region("kyushu-okinawa"), 2024, later))?.Version);
        Assert.Equal(3, (await stores.Totals.AsOfAsync(Tokyo, 2024, later))?.Version);
        Assert.Equal(4, (await stores.Totals.AsOfAsync(Tokyo, 2025, later))?.Version);
        Assert.Null(await stores.Totals.AsOfAsync(TotalsScope.Prefecture("14"), 2024, later));
        Assert.Null(await stores.Totals.AsOfAsync(TotalsScope.Region("13"), 2024, later));
        Assert.Null(await stores.Totals.AsOfAsync(TotalsScope.National, 2025, later));
        var partitions = (await RawRows.AllAsync(azurite, stores.Options.TotalsTableName)).Select(row => row.PartitionKey);
        Assert.Equal(
            ["national-japan-2024", "prefecture-13-2024", "prefecture-13-2025", "region-kanto-2024", "region-kyushu-okinawa-2024"],
            partitions.Order());
    }

    [Theory]
    [InlineData("kan/to")]
    [InlineData("kanto?")]
    [InlineData("")]
    public async Task Codes_that_are_not_plain_key_characters_are_refused(string code)
    {
        await using var stores = HistoryStores.Start(azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => stores.Totals.RecordAsync(TotalsScope.Region(code), Snapshot(2024, 1, First)));
        await Assert.ThrowsAsync<ArgumentException>(() => stores.Totals.AsOfAsync(TotalsScope.Region(code), 2024, First));
    }

    private async Task<HistoryStores> StartWithTwoSnapshotsAsync()
    {
        var stores = HistoryStores.Start(azurite);
        await stores.Totals.RecordAsync(Tokyo, Snapshot(2024, 2, Second));
        await stores.Totals.RecordAsync(Tokyo, Snapshot(2024, 1, First));
        return stores;
    }
}
