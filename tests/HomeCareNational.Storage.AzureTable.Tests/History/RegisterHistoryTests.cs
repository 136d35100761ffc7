using Azure.Data.Tables;
using HomeCareNational.Abstractions.History;
using HomeCareNational.Storage.AzureTable.History;
using static HomeCareNational.Storage.AzureTable.Tests.History.HistoryTestData;

namespace HomeCareNational.Storage.AzureTable.Tests.History;

[Collection(AzuriteFixture.CollectionName)]
public sealed class RegisterHistoryTests(AzuriteFixture azurite)
{
    private const int MiB = 1024 * 1024;

    [Fact]
    public async Task Appended_events_read_back_exactly()
    {
        await using var stores = HistoryStores.Start(azurite);
        var written = new[] { Event("13", 2024, 1, idempotencyKey: "7d1f0c6e-key"), Event("13", 2024, 2), Event("13", 2024, 3) };
        foreach (var change in written)
        {
            await stores.Register.AppendAsync(change);
        }

        var events = await stores.Register.ReadEventsAsync("13", 2024, 1, 3);

        Assert.Equal(3, events.Length);
        for (var i = 0; i < written.Length; i++)
        {
            AssertSameEvent(written[i], events[i]);
        }
    }

    [Fact]
    public async Task Summaries_read_back_exactly_from_the_head_rows()
    {
        await using var stores = HistoryStores.Start(azurite);
        var written = new[] { Event("13", 2024, 1, idempotencyKey: "7d1f0c6e-key"), Event("13", 2024, 2) };
        foreach (var change in written)
        {
            await stores.Register.AppendAsync(change);
        }

        var summaries = await stores.Register.ReadSummariesAsync("13", 2024, 1, 2);

        Assert.Equal(written.Select(change => change.Summary()), summaries);
        Assert.Equal(written[0].At.Offset, summaries[0].At.Offset);
        Assert.Equal((1, 1, 1), (summaries[1].Added, summaries[1].Altered, summaries[1].Removed));
        var head = (await RawRows.InPartitionAsync(azurite, stores.Options.RegisterTableName, "13-2024"))
            .Single(row => row.RowKey == "h-000000000001");
        Assert.DoesNotContain(head.Keys, key => key.StartsWith('D') && key.Length == 3);
        Assert.Equal(1, head.GetInt32("ChunkCount"));
    }

    [Fact]
    public async Task Ranges_include_both_ends_and_come_back_ascending()
    {
        await using var stores = HistoryStores.Start(azurite);
        foreach (var version in new long[] { 5, 3, 1, 4, 2 })
        {
            await stores.Register.AppendAsync(Event("13", 2024, version));
        }

        Assert.Equal([2L, 3, 4], (await stores.Register.ReadEventsAsync("13", 2024, 2, 4)).Select(e => e.Version));
        Assert.Equal([2L, 3, 4], (await stores.Register.ReadSummariesAsync("13", 2024, 2, 4)).Select(s => s.Version));
        Assert.Equal([3L], (await stores.Register.ReadEventsAsync("13", 2024, 3, 3)).Select(e => e.Version));
        Assert.Equal([1L, 2, 3, 4, 5], (await stores.Register.ReadSummariesAsync("13", 2024, 0, long.MaxValue)).Select(s => s.Version));
        Assert.Equal([4L, 5], (await stores.Register.ReadEventsAsync("13", 2024, 4, 10)).Select(e => e.Version));
    }

    [Theory]
    [InlineData(4, 3)]
    [InlineData(6, 9)]
    [InlineData(-5, 0)]
    public async Task Empty_ranges_read_nothing(long from, long to)
    {
        await using var stores = HistoryStores.Start(azurite);
        for (var version = 1; version <= 5; version++)
        {
            await stores.Register.AppendAsync(Event("13", 2024, version));
        }

        Assert.Empty(await stores.Register.ReadSummariesAsync("13", 2024, from, to));
        Assert.Empty(await stores.Register.ReadEventsAsync("13", 2024, from, to));
    }

    [Fact]
    public async Task A_register_never_seen_reads_empty()
    {
        await using var stores = HistoryStores.Start(azurite);

        Assert.Empty(await stores.Register.ReadSummariesAsync("13", 2024, 1, 100));
        Assert.Empty(await stores.Register.ReadEventsAsync("13", 2024, 1, 100));
    }

    [Fact]
    public async Task Prefectures_and_fiscal_years_are_kept_apart()
    {
        await using var stores = HistoryStores.Start(azurite);
        await stores.Register.AppendAsync(Event("13", 2024, 1) with { Operation = "tokyo-2024" });
        await stores.Register.AppendAsync(Event("13", 2025, 1) with { Operation = "tokyo-2025" });
        await stores.Register.AppendAsync(Event("01", 2024, 1) with { Operation = "hokkaido-2024" });
        await stores.Register.AppendAsync(Event("01", 2024, 2) with { Operation = "hokkaido-2024" });

        Assert.Equal(["tokyo-2024"], (await stores.Register.ReadEventsAsync("13", 2024, 1, 10)).Select(e => e.Operation));
        Assert.Equal(["tokyo-2025"], (await stores.Register.ReadSummariesAsync("13", 2025, 1, 10)).Select(s => s.Operation));
        var hokkaido = await stores.Register.ReadEventsAsync("01", 2024, 1, 10);
        Assert.All(hokkaido, e => Assert.Equal(("01", 2024), (e.PrefectureCode, e.FiscalYear)));
        Assert.Equal(2, hokkaido.Length);
        Assert.Empty(await stores.Register.ReadEventsAsync("01", 2025, 1, 10));
        var partitions = (await RawRows.AllAsync(azurite, stores.Options.RegisterTableName)).Select(row => row.PartitionKey).Distinct();
        Assert.Equal(["01-2024", "13-2024", "13-2025"], partitions.Order());
    }

    [Fact]
    public async Task An_import_of_10000_changes_spans_several_rows_and_round_trips_in_one_transaction_within_Azures_limits()
    {
        var sizes = new TransactionRequestSizes();
        await using var stores = HistoryStores.Start(
            azurite, options => options.ClientOptions.AddPolicy(sizes, Azure.Core.HttpPipelinePosition.PerCall));
        var import = Import("13", 2024, 1, count: 10_000, seed: 1);

        await stores.Register.AppendAsync(import);

        var read = Assert.Single(await stores.Register.ReadEventsAsync("13", 2024, 1, 1));
        AssertSameEvent(import, read);
        Assert.Equal(import.Summary(), Assert.Single(await stores.Register.ReadSummariesAsync("13", 2024, 1, 1)));
        var rows = await RawRows.InPartitionAsync(azurite, stores.Options.RegisterTableName, "13-2024");
        var chunkRows = rows.Where(row => row.RowKey.StartsWith("c-000000000001-", StringComparison.Ordinal)).ToList();
        Assert.True(chunkRows.Count >= 2, $"expected the changes to span several rows, found {chunkRows.Count}");
        Assert.Equal(chunkRows.Count, rows.Single(row => row.RowKey == "h-000000000001").GetInt32("ChunkCount"));
        Assert.All(chunkRows.SelectMany(DataProperties), data => Assert.True(data.Length <= 60 * 1024));
        var transaction = Assert.Single(sizes.Sizes);
        Assert.True(transaction <= 4 * MiB, $"the transaction took {transaction:N0} bytes, Azure allows {4 * MiB:N0}");
    }

    [Fact]
    public async Task A_shorter_event_replaces_a_longer_uncommitted_leftover_of_the_same_version()
    {
        await using var stores = HistoryStores.Start(azurite);
        await stores.Register.AppendAsync(Event("13", 2024, 1));
        var leftover = Import("13", 2024, 2, count: 10_000, seed: 2);
        await stores.Register.AppendAsync(leftover);
        var accepted = Event("13", 2024, 2, idempotencyKey: "retry-key");

        await stores.Register.AppendAsync(accepted);

        var events = await stores.Register.ReadEventsAsync("13", 2024, 1, 2);
        Assert.Equal(2, events.Length);
        AssertSameEvent(accepted, events[1]);
        Assert.Equal(accepted.Summary(), (await stores.Register.ReadSummariesAsync("13", 2024, 2, 2))[0]);
        var rows = await RawRows.InPartitionAsync(azurite, stores.Options.RegisterTableName, "13-2024");
        Assert.True(
            rows.Count(row => row.RowKey.StartsWith("c-000000000002-", StringComparison.Ordinal)) > 1,
            "the leftover's extra chunk rows are expected to remain, ignored");
    }

    [Fact]
    public async Task An_event_too_large_for_one_transaction_is_refused_and_nothing_is_written()
    {
        await using var stores = HistoryStores.Start(azurite);
        await stores.Register.AppendAsync(Event("13", 2024, 1));
        var huge = Incompressible("13", 2024, 2, count: 10_000, charactersPerChange: 600);

        var refusal = await Assert.ThrowsAsync<RegisterEventTooLargeException>(() => stores.Register.AppendAsync(huge));

        Assert.Contains("Version 2 of the register of prefecture 13, fiscal year 2024", refusal.Message);
        Assert.Contains("Nothing was written", refusal.Message);
        Assert.Equal([1L], (await stores.Register.ReadSummariesAsync("13", 2024, 1, 2)).Select(s => s.Version));
        Assert.DoesNotContain(
            await RawRows.InPartitionAsync(azurite, stores.Options.RegisterTableName, "13-2024"),
            row => row.RowKey.Contains("000000000002", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1/3")]
    [InlineData("13#")]
    [InlineData("")]
    public async Task Prefecture_codes_that_are_not_plain_key_characters_are_refused(string prefectureCode)
    {
        await using var stores = HistoryStores.Start(azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => stores.Register.AppendAsync(Event("13", 2024, 1) with { PrefectureCode = prefectureCode }));
        await Assert.ThrowsAsync<ArgumentException>(() => stores.Register.ReadEventsAsync(prefectureCode, 2024, 1, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Versions_start_at_1(long version)
    {
        await using var stores = HistoryStores.Start(azurite);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => stores.Register.AppendAsync(Event("13", 2024, 1) with { Version = version }));
    }

    private static IEnumerable<byte[]> DataProperties(TableEntity row) =>
        row.Keys.Where(key => key.Length == 3 && key[0] == 'D').Select(key => row.GetBinary(key));
}
