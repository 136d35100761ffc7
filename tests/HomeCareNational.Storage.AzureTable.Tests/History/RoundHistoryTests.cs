using Azure.Data.Tables;
using HomeCareNational.Abstractions.History;
using HomeCareNational.Abstractions.Rounds;
using static HomeCareNational.Storage.AzureTable.Tests.History.HistoryTestData;

namespace HomeCareNational.Storage.AzureTable.Tests.History;

[Collection(AzuriteFixture.CollectionName)]
public sealed class RoundHistoryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Steps_read_back_in_version_order_up_to_the_version_asked_for()
    {
        await using var stores = HistoryStores.Start(azurite);
        foreach (var version in new long[] { 3, 1, 2 })
        {
            await stores.Rounds.AppendAsync(Step(2030, version));
        }

        var read = await stores.Rounds.ReadAsync(2030, 2);

        Assert.Equal([1L, 2L], read.Select(e => e.Version));
        AssertSameStep(Step(2030, 1), read[0]);
    }

    [Fact]
    public async Task Appending_a_version_again_replaces_the_leftover_of_a_failed_write()
    {
        await using var stores = HistoryStores.Start(azurite);
        await stores.Rounds.AppendAsync(Step(2030, 1, RoundOperations.Submit));
        await stores.Rounds.AppendAsync(Step(2030, 1, RoundOperations.Accept));

        AssertSameStep(Step(2030, 1, RoundOperations.Accept), Assert.Single(await stores.Rounds.ReadAsync(2030, 1)));
        Assert.Single(await RawRows.AllAsync(azurite, stores.Options.RoundTableName));
    }

    [Fact]
    public async Task Rounds_of_other_years_are_kept_apart_and_a_restarted_store_reads_them()
    {
        await using var first = HistoryStores.Start(azurite);
        await first.Rounds.AppendAsync(Step(2030, 1));
        await first.Rounds.AppendAsync(Step(2031, 1, RoundOperations.Close));
        await using var restarted = HistoryStores.Restart(azurite, first);

        AssertSameStep(Step(2031, 1, RoundOperations.Close), Assert.Single(await restarted.Rounds.ReadAsync(2031, 5)));
        Assert.Empty(await restarted.Rounds.ReadAsync(2032, 5));
        Assert.Empty(await restarted.Rounds.ReadAsync(2030, 0));
    }

    [Fact]
    public async Task A_row_of_another_format_version_is_refused_naming_where_it_is()
    {
        await using var stores = HistoryStores.Start(azurite);
        await stores.Rounds.AppendAsync(Step(2030, 1));
        var table = azurite.CreateTableServiceClient().GetTableClient(stores.Options.RoundTableName);
        await table.UpdateEntityAsync(new TableEntity("round-2030", "000000000001") { ["FormatVersion"] = 2 }, Azure.ETag.All, TableUpdateMode.Merge);

        var refused = await Assert.ThrowsAsync<InvalidDataException>(() => stores.Rounds.ReadAsync(2030, 1));

        Assert.Contains($"table '{stores.Options.RoundTableName}', partition 'round-2030', row '000000000001'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("format version 2", refused.Message, StringComparison.Ordinal);
    }

    private static RoundEvent Step(int fiscalYear, long version, string operation = RoundOperations.Open) =>
        new(fiscalYear, version, Start.AddMinutes(version), operation, Editor, "key-0001", ["33"], $"version={version}");

    /// <summary>Field by field: the prefecture codes are an immutable array, which compares by reference.</summary>
    private static void AssertSameStep(RoundEvent expected, RoundEvent actual)
    {
        Assert.Equal(expected with { PrefectureCodes = [] }, actual with { PrefectureCodes = [] });
        Assert.Equal<string>(expected.PrefectureCodes, actual.PrefectureCodes);
        Assert.Equal(expected.At.Offset, actual.At.Offset);
    }
}
