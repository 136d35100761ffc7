using Azure.Core;
using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class LargeStateTests(AzuriteFixture azurite)
{
    private const string StateName = "register";
    private const int MiB = 1024 * 1024;

    [Fact]
    public async Task Large_poorly_compressing_state_spans_several_properties_and_rows_and_round_trips()
    {
        var tableName = AzuriteFixture.UniqueTableName("large");
        await using var provider = await ProviderUnderTest.StartAsync(azurite, tableName);
        var grain = TestData.Prefecture("33");
        var written = new GrainState<BlobState>(TestData.RandomBlobs(3 * MiB, seed: 3));

        await provider.Storage.WriteStateAsync(StateName, grain, written);
        var read = new GrainState<BlobState>();
        await provider.Storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal(written.Value().Blobs, read.Value().Blobs);
        Assert.Equal(written.ETag, read.ETag);
        var rows = await RawRows.InPartitionAsync(azurite, tableName, "33");
        Assert.True(rows.Count >= 3, $"expected at least 3 rows, found {rows.Count}");
        Assert.Equal(rows.Count, rows.Single(row => row.RowKey.EndsWith("|000", StringComparison.Ordinal)).GetInt32("ChunkCount"));
        Assert.Equal(12, RawRows.DataPropertyCount(rows[0]));
    }

    [Fact]
    public async Task Register_of_3500_institutions_round_trips()
    {
        var tableName = AzuriteFixture.UniqueTableName("register");
        await using var provider = await ProviderUnderTest.StartAsync(azurite, tableName);
        var grain = TestData.Prefecture("33");
        var written = new GrainState<RegisterState>(TestData.Register("33", institutions: 3500));

        await provider.Storage.WriteStateAsync(StateName, grain, written);
        var read = new GrainState<RegisterState>();
        await provider.Storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal("33", read.Value().Prefecture);
        Assert.Equal(written.Value().Institutions, read.Value().Institutions);
        var head = Assert.Single(await RawRows.InPartitionAsync(azurite, tableName, "33"));
        Assert.True(head.GetInt32("StateLength") > 6 * head.GetInt32("PayloadLength"), "JSON should compress well");
    }

    [Fact]
    public async Task State_beyond_the_transaction_limit_is_refused_and_the_previous_state_is_kept()
    {
        var tableName = AzuriteFixture.UniqueTableName("toolarge");
        await using var provider = await ProviderUnderTest.StartAsync(azurite, tableName);
        var grain = TestData.Prefecture("33");
        var state = new GrainState<BlobState>(TestData.RandomBlobs(MiB, seed: 4));
        await provider.Storage.WriteStateAsync(StateName, grain, state);
        var storedETag = state.ETag;
        var storedBlobs = state.Value().Blobs;
        var rowsBefore = await RawRows.InPartitionAsync(azurite, tableName, "33");

        state.State = TestData.RandomBlobs(6 * MiB, seed: 5);
        var refusal = await Assert.ThrowsAsync<GrainStateTooLargeException>(
            () => provider.Storage.WriteStateAsync(StateName, grain, state));

        Assert.Contains("'register'", refusal.Message);
        Assert.Contains(grain.ToString(), refusal.Message);
        Assert.Contains("Nothing was written", refusal.Message);
        Assert.Equal(storedETag, state.ETag);
        var read = new GrainState<BlobState>();
        await provider.Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(storedETag, read.ETag);
        Assert.Equal(storedBlobs, read.Value().Blobs);
        var rowsAfter = await RawRows.InPartitionAsync(azurite, tableName, "33");
        Assert.Equal(rowsBefore.Select(row => (row.RowKey, row.ETag)), rowsAfter.Select(row => (row.RowKey, row.ETag)));
    }

    [Fact]
    public async Task Accepted_states_stay_within_Azures_4_MiB_transaction_request_limit()
    {
        var requestSizes = new TransactionRequestSizes();
        var tableName = AzuriteFixture.UniqueTableName("nearlimit");
        await using var provider = await ProviderUnderTest.StartAsync(
            azurite, tableName, options => options.ClientOptions.AddPolicy(requestSizes, HttpPipelinePosition.PerCall));
        var grain = TestData.Prefecture("33");
        var state = new GrainState<BlobState>();
        var accepted = 0;
        var refused = 0;

        // Random alphanumerics compress to about 3/4 and the limit lets about 3 MiB of payload through, so these sizes
        // land on both sides of it.
        foreach (var characters in new[] { 37, 39, 41 }.Select(tenths => tenths * MiB / 10))
        {
            state.State = TestData.RandomBlobs(characters, seed: characters);
            try
            {
                await provider.Storage.WriteStateAsync(StateName, grain, state);
                accepted++;
            }
            catch (GrainStateTooLargeException)
            {
                refused++;
            }
        }

        Assert.True(accepted > 0 && refused > 0, $"expected the sizes to straddle the limit: {accepted} accepted, {refused} refused");
        Assert.Equal(accepted, requestSizes.Sizes.Count);
        Assert.All(requestSizes.Sizes, size => Assert.InRange(size, 3 * MiB, 4 * MiB));
    }

    [Fact]
    public async Task Shrinking_a_state_deletes_the_rows_left_over_from_the_larger_write()
    {
        var tableName = AzuriteFixture.UniqueTableName("shrink");
        await using var provider = await ProviderUnderTest.StartAsync(azurite, tableName);
        var grain = TestData.Prefecture("33");
        var state = new GrainState<BlobState>(TestData.RandomBlobs(2 * MiB, seed: 6));
        await provider.Storage.WriteStateAsync(StateName, grain, state);
        Assert.True((await RawRows.InPartitionAsync(azurite, tableName, "33")).Count > 1);

        state.State = new BlobState { Blobs = ["small"] };
        await provider.Storage.WriteStateAsync(StateName, grain, state);

        Assert.Single(await RawRows.InPartitionAsync(azurite, tableName, "33"));
        var read = new GrainState<BlobState>();
        await provider.Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(["small"], read.Value().Blobs);
    }

    [Fact]
    public async Task Read_fails_instead_of_returning_half_a_state_when_a_row_is_missing()
    {
        var tableName = AzuriteFixture.UniqueTableName("torn");
        await using var provider = await ProviderUnderTest.StartAsync(azurite, tableName);
        var grain = TestData.Prefecture("33");
        await provider.Storage.WriteStateAsync(StateName, grain, new GrainState<BlobState>(TestData.RandomBlobs(2 * MiB, seed: 7)));
        var table = azurite.CreateTableServiceClient().GetTableClient(tableName);
        await table.DeleteEntityAsync("33", "prefecture|register|001");

        var untouched = new BlobState();
        var read = new GrainState<BlobState>(untouched);
        var failure = await Assert.ThrowsAsync<AzureTableGrainStorageException>(
            () => provider.Storage.ReadStateAsync(StateName, grain, read));

        Assert.Contains("incomplete or inconsistent", failure.Message);
        Assert.Contains("'prefecture|register|001' of 3 is missing", failure.Message);
        Assert.Same(untouched, read.State);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task Read_fails_when_a_row_belongs_to_another_write()
    {
        var tableName = AzuriteFixture.UniqueTableName("mixed");
        await using var provider = await ProviderUnderTest.StartAsync(azurite, tableName);
        var grain = TestData.Prefecture("33");
        await provider.Storage.WriteStateAsync(StateName, grain, new GrainState<BlobState>(TestData.RandomBlobs(2 * MiB, seed: 8)));
        var table = azurite.CreateTableServiceClient().GetTableClient(tableName);
        var chunk = (await table.GetEntityAsync<TableEntity>("33", "prefecture|register|001")).Value;
        chunk["WriteId"] = Guid.NewGuid();
        await table.UpdateEntityAsync(chunk, chunk.ETag, TableUpdateMode.Replace);

        var failure = await Assert.ThrowsAsync<AzureTableGrainStorageException>(
            () => provider.Storage.ReadStateAsync(StateName, grain, new GrainState<BlobState>()));

        Assert.Contains("different write", failure.Message);
    }
}
