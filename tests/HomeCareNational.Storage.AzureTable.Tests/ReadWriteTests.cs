namespace HomeCareNational.Storage.AzureTable.Tests;

[Collection(AzuriteFixture.CollectionName)]
public sealed class ReadWriteTests(AzuriteFixture azurite)
{
    private const string StateName = "register";

    [Fact]
    public async Task Written_state_reads_back_with_the_same_ETag()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("roundtrip"));
        var grain = TestData.Prefecture("33");
        var written = new GrainState<NoteState>(new NoteState { Text = "岡山県 在宅医療", Revision = 7 });

        await provider.Storage.WriteStateAsync(StateName, grain, written);
        var read = new GrainState<NoteState>();
        await provider.Storage.ReadStateAsync(StateName, grain, read);

        Assert.NotNull(written.ETag);
        Assert.True(written.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal("岡山県 在宅医療", read.Value().Text);
        Assert.Equal(7, read.Value().Revision);
    }

    [Fact]
    public async Task Reading_a_state_that_was_never_written_gives_a_new_instance_without_ETag()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("missing"));
        var read = new GrainState<NoteState>(new NoteState { Text = "left over from a previous activation" }, "W/\"stale\"")
        {
            RecordExists = true,
        };

        await provider.Storage.ReadStateAsync(StateName, TestData.Prefecture("01"), read);

        Assert.Null(read.ETag);
        Assert.False(read.RecordExists);
        Assert.Equal(string.Empty, read.Value().Text);
    }

    [Fact]
    public async Task Writing_an_unchanged_state_still_changes_the_ETag()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("unchanged"));
        var grain = TestData.Prefecture("33");
        var state = new GrainState<NoteState>(new NoteState { Text = "same" });
        await provider.Storage.WriteStateAsync(StateName, grain, state);
        var first = state.ETag;

        await provider.Storage.WriteStateAsync(StateName, grain, state);

        Assert.NotEqual(first, state.ETag);
        var read = new GrainState<NoteState>();
        await provider.Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task Rows_are_keyed_by_grain_key_then_grain_type_state_name_and_chunk()
    {
        var tableName = AzuriteFixture.UniqueTableName("layout");
        await using var provider = await ProviderUnderTest.StartAsync(azurite, tableName);
        var state = new GrainState<NoteState>(new NoteState { Text = "layout" });

        await provider.Storage.WriteStateAsync(StateName, TestData.Prefecture("33"), state);

        var head = Assert.Single(await RawRows.AllAsync(azurite, tableName));
        Assert.Equal("33", head.PartitionKey);
        Assert.Equal("prefecture|register|000", head.RowKey);
        Assert.Equal(state.ETag, head.ETag.ToString());
        Assert.Equal(1, head.GetInt32("ChunkCount"));
        Assert.Equal("gzip", head.GetString("Compression"));
        Assert.Equal(1, RawRows.DataPropertyCount(head));
    }

    [Fact]
    public async Task States_of_other_names_and_grain_types_with_the_same_key_are_stored_separately()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("separate"));
        var prefecture = TestData.Prefecture("33");
        var region = GrainId.Create("region", "33");

        await provider.Storage.WriteStateAsync("register", prefecture, new GrainState<NoteState>(new NoteState { Text = "register" }));
        await provider.Storage.WriteStateAsync("totals", prefecture, new GrainState<NoteState>(new NoteState { Text = "totals" }));
        await provider.Storage.WriteStateAsync("register", region, new GrainState<NoteState>(new NoteState { Text = "region" }));

        Assert.Equal("register", (await ReadAsync(provider, "register", prefecture)).Text);
        Assert.Equal("totals", (await ReadAsync(provider, "totals", prefecture)).Text);
        Assert.Equal("region", (await ReadAsync(provider, "register", region)).Text);
    }

    [Theory]
    [InlineData("a/b\\c#d?e")]
    [InlineData("tab\there\u0001\u007f\u009f")]
    [InlineData("100%|pipe|")]
    [InlineData("岡山/倉敷#1")]
    public async Task Keys_with_characters_Azure_forbids_round_trip(string key)
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("forbidden"));
        var grain = GrainId.Create("prefecture|odd/type", key);
        var stateName = "state/with#odd|name?";

        await provider.Storage.WriteStateAsync(stateName, grain, new GrainState<NoteState>(new NoteState { Text = key }));

        Assert.Equal(key, (await ReadAsync(provider, stateName, grain)).Text);
    }

    [Fact]
    public async Task Keys_that_differ_only_by_escaping_stay_distinct()
    {
        var tableName = AzuriteFixture.UniqueTableName("escaping");
        await using var provider = await ProviderUnderTest.StartAsync(azurite, tableName);
        var slash = TestData.Prefecture("a/b");
        var lookalike = TestData.Prefecture("a%2Fb");

        await provider.Storage.WriteStateAsync(StateName, slash, new GrainState<NoteState>(new NoteState { Text = "slash" }));
        await provider.Storage.WriteStateAsync(StateName, lookalike, new GrainState<NoteState>(new NoteState { Text = "lookalike" }));

        Assert.Equal("slash", (await ReadAsync(provider, StateName, slash)).Text);
        Assert.Equal("lookalike", (await ReadAsync(provider, StateName, lookalike)).Text);
        var partitions = (await RawRows.AllAsync(azurite, tableName)).Select(row => row.PartitionKey).Order();
        Assert.Equal(["a%252Fb", "a%2Fb"], partitions);
    }

    [Fact]
    public async Task Key_longer_than_Azure_allows_is_refused_with_a_clear_message()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("longkey"));
        var grain = TestData.Prefecture(new string('x', 501) + "////");

        var refusal = await Assert.ThrowsAsync<AzureTableGrainStorageException>(() =>
            provider.Storage.WriteStateAsync(StateName, grain, new GrainState<NoteState>(new NoteState())));

        Assert.Contains("PartitionKey (513 characters)", refusal.Message);
    }

    [Fact]
    public async Task Parallel_writes_to_different_grains_all_succeed_and_read_back()
    {
        await using var provider = await ProviderUnderTest.StartAsync(azurite, AzuriteFixture.UniqueTableName("parallel"));
        var grains = Enumerable.Range(1, 47).Select(code => TestData.Prefecture(code.ToString("D2"))).ToList();
        var states = grains.ToDictionary(grain => grain, _ => new GrainState<NoteState>(new NoteState()));

        await Parallel.ForEachAsync(grains, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (grain, _) =>
        {
            var state = states[grain];
            for (var revision = 1; revision <= 3; revision++)
            {
                var before = state.ETag;
                state.State = new NoteState { Text = grain.Key.ToString()!, Revision = revision };
                await provider.Storage.WriteStateAsync(StateName, grain, state);
                Assert.NotEqual(before, state.ETag);
            }
        });

        foreach (var grain in grains)
        {
            var read = new GrainState<NoteState>();
            await provider.Storage.ReadStateAsync(StateName, grain, read);
            Assert.Equal(states[grain].ETag, read.ETag);
            Assert.Equal(grain.Key.ToString(), read.Value().Text);
            Assert.Equal(3, read.Value().Revision);
        }
    }

    [Fact]
    public async Task State_survives_a_provider_recreated_over_the_same_table()
    {
        var tableName = AzuriteFixture.UniqueTableName("restart");
        var grain = TestData.Prefecture("33");
        var written = new GrainState<RegisterState>(TestData.Register("33", institutions: 50));
        await using (var beforeRestart = await ProviderUnderTest.StartAsync(azurite, tableName))
        {
            await beforeRestart.Storage.WriteStateAsync(StateName, grain, written);
        }

        await using var afterRestart = await ProviderUnderTest.StartAsync(azurite, tableName);
        var read = new GrainState<RegisterState>();
        await afterRestart.Storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(written.Value().Institutions, read.Value().Institutions);
    }

    private static async Task<NoteState> ReadAsync(ProviderUnderTest provider, string stateName, GrainId grain)
    {
        var read = new GrainState<NoteState>();
        await provider.Storage.ReadStateAsync(stateName, grain, read);
        Assert.True(read.RecordExists);
        return read.Value();
    }
}
