using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class ConcurrencyTests(AzuriteFixture azurite)
{
    private const string StateName = "register";

    [Fact]
    public async Task Conflicting_writes_raise_InconsistentStateException()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("conflict"));
        var grain = TestData.Prefecture("33");
        var original = new GrainState<NoteState>(new NoteState { Text = "original" });
        await provider.Storage.WriteStateAsync(StateName, grain, original);
        var writers = new[] { "first", "second" }
            .Select(text => new GrainState<NoteState>(new NoteState { Text = text }, original.ETag))
            .ToList();

        var outcomes = await Task.WhenAll(writers.Select(writer =>
            Record.ExceptionAsync(() => provider.Storage.WriteStateAsync(StateName, grain, writer))));

        var conflict = Assert.IsType<InconsistentStateException>(Assert.Single(outcomes, outcome => outcome is not null));
        Assert.Contains(grain.ToString(), conflict.Message);
        var winner = writers[Array.IndexOf(outcomes, null)];
        var read = new GrainState<NoteState>();
        await provider.Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(winner.Value().Text, read.Value().Text);
        Assert.Equal(winner.ETag, read.ETag);
    }

    [Fact]
    public async Task Conflict_caught_only_by_the_transaction_raises_InconsistentStateException()
    {
        var tableName = AzuriteFixture.UniqueTableName("racing");
        var grain = TestData.Prefecture("33");
        var rival = azurite.CreateTableServiceClient().GetTableClient(tableName);
        var racer = new BeforeFirstTransaction(async () =>
        {
            var head = (await rival.GetEntityAsync<TableEntity>("33", "prefecture|register|000")).Value;
            await rival.UpdateEntityAsync(head, head.ETag, TableUpdateMode.Replace);
        });
        await using var writer = await ProviderUnderTest.StartAsync(azurite, tableName);
        await using var racingWriter = await ProviderUnderTest.StartAsync(
            azurite, tableName, options => options.ClientOptions.AddPolicy(racer, Azure.Core.HttpPipelinePosition.PerCall));
        var state = new GrainState<NoteState>(new NoteState { Text = "v1" });
        await writer.Storage.WriteStateAsync(StateName, grain, state);
        state.Value().Text = "v2";

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => racingWriter.Storage.WriteStateAsync(StateName, grain, state));

        Assert.IsType<TableTransactionFailedException>(conflict.InnerException);
        Assert.Equal(412, ((TableTransactionFailedException)conflict.InnerException).Status);
    }

    [Fact]
    public async Task Writing_a_new_state_over_an_existing_one_raises_InconsistentStateException()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("duplicate"));
        var grain = TestData.Prefecture("33");
        var first = new GrainState<NoteState>(new NoteState { Text = "first activation" });
        await provider.Storage.WriteStateAsync(StateName, grain, first);

        var second = new GrainState<NoteState>(new NoteState { Text = "second activation" });
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => provider.Storage.WriteStateAsync(StateName, grain, second));

        Assert.Equal(first.ETag, conflict.StoredEtag);
        Assert.Equal("first activation", (await ReadAsync(provider, grain)).Text);
    }

    [Fact]
    public async Task Writing_with_an_ETag_for_a_state_that_does_not_exist_raises_InconsistentStateException()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("phantom"));
        var state = new GrainState<NoteState>(new NoteState(), "12345");

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => provider.Storage.WriteStateAsync(StateName, TestData.Prefecture("33"), state));

        Assert.Equal("12345", conflict.CurrentEtag);
    }

    [Fact]
    public async Task Clearing_with_a_stale_ETag_raises_InconsistentStateException_and_keeps_the_state()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("staleclear"));
        var grain = TestData.Prefecture("33");
        var state = new GrainState<NoteState>(new NoteState { Text = "v1" });
        await provider.Storage.WriteStateAsync(StateName, grain, state);
        var stale = new GrainState<NoteState>(new NoteState(), state.ETag);
        state.Value().Text = "v2";
        await provider.Storage.WriteStateAsync(StateName, grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => provider.Storage.ClearStateAsync(StateName, grain, stale));

        Assert.Equal("v2", (await ReadAsync(provider, grain)).Text);
    }

    private static async Task<NoteState> ReadAsync(ProviderUnderTest provider, GrainId grain)
    {
        var read = new GrainState<NoteState>();
        await provider.Storage.ReadStateAsync(StateName, grain, read);
        return read.Value();
    }
}
