namespace HomeCareNational.Storage.AzureTable.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class ClearTests(AzuriteFixture azurite)
{
    private const string StateName = "register";

    [Fact]
    public async Task Cleared_state_reads_as_missing()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("clear"));
        var grain = TestData.Prefecture("33");
        var state = new GrainState<NoteState>(new NoteState { Text = "to be cleared" });
        await provider.Storage.WriteStateAsync(StateName, grain, state);

        await provider.Storage.ClearStateAsync(StateName, grain, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(string.Empty, state.Value().Text);
        var read = new GrainState<NoteState>();
        await provider.Storage.ReadStateAsync(StateName, grain, read);
        Assert.Null(read.ETag);
        Assert.False(read.RecordExists);
    }

    [Fact]
    public async Task State_can_be_written_again_after_clear()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("rewrite"));
        var grain = TestData.Prefecture("33");
        var state = new GrainState<NoteState>(new NoteState { Text = "before" });
        await provider.Storage.WriteStateAsync(StateName, grain, state);
        await provider.Storage.ClearStateAsync(StateName, grain, state);

        state.Value().Text = "after";
        await provider.Storage.WriteStateAsync(StateName, grain, state);

        Assert.True(state.RecordExists);
        var read = new GrainState<NoteState>();
        await provider.Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal("after", read.Value().Text);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task Clearing_a_state_that_spans_several_rows_deletes_every_row()
    {
        var tableName = AzuriteFixture.UniqueTableName("clearlarge");
        await using var provider = await ProviderUnderTest.StartAsync(azurite, tableName);
        var grain = TestData.Prefecture("33");
        var state = new GrainState<BlobState>(TestData.RandomBlobs(2 * 1024 * 1024, seed: 1));
        await provider.Storage.WriteStateAsync(StateName, grain, state);
        Assert.True((await RawRows.InPartitionAsync(azurite, tableName, "33")).Count > 1);

        await provider.Storage.ClearStateAsync(StateName, grain, state);

        Assert.Empty(await RawRows.InPartitionAsync(azurite, tableName, "33"));
    }

    [Fact]
    public async Task Clearing_with_DeleteStateOnClear_off_keeps_an_empty_record_with_a_new_ETag()
    {
        var tableName = AzuriteFixture.UniqueTableName("keep");
        await using var provider = await ProviderUnderTest.StartAsync(
            azurite, tableName, options => options.DeleteStateOnClear = false);
        var grain = TestData.Prefecture("33");
        var state = new GrainState<NoteState>(new NoteState { Text = "to be cleared" });
        await provider.Storage.WriteStateAsync(StateName, grain, state);
        var written = state.ETag;

        await provider.Storage.ClearStateAsync(StateName, grain, state);

        Assert.NotNull(state.ETag);
        Assert.NotEqual(written, state.ETag);
        Assert.False(state.RecordExists);
        var read = new GrainState<NoteState>();
        await provider.Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(state.ETag, read.ETag);
        Assert.False(read.RecordExists);
        Assert.Equal(string.Empty, read.Value().Text);
        var stale = new GrainState<NoteState>(new NoteState(), written);
        await Assert.ThrowsAsync<InconsistentStateException>(() => provider.Storage.WriteStateAsync(StateName, grain, stale));
        read.Value().Text = "after";
        await provider.Storage.WriteStateAsync(StateName, grain, read);
        Assert.True(read.RecordExists);
    }
}
