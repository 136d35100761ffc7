using System.Text;
using HomeCareNational.Abstractions;
using HomeCareNational.Storage.AzureTable.GrainState;

namespace HomeCareNational.Storage.AzureTable.Tests.GrainState;

/// <summary>The storage cases every provider must pass, on Orleans' Azure Table provider as the service configures it.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class GrainStorageTests(AzuriteFixture azurite)
{
    private const string StateName = StorageNames.RegisterState;
    private static readonly GrainId Okayama = GrainId.Create("prefecture", "33-2024");

    [Fact]
    public async Task Written_state_reads_back_equal_with_the_same_etag()
    {
        await using var silo = await GrainStorageSilo.StartAsync(azurite, AzuriteFixture.UniqueTableName("roundtrip"));
        var written = new GrainState<NoteState>(new NoteState { Text = "岡山県 倉敷在宅クリニック", Revision = 7 });

        await silo.Storage.WriteStateAsync(StateName, Okayama, written);

        var read = new GrainState<NoteState>();
        await silo.Storage.ReadStateAsync(StateName, Okayama, read);
        Assert.Equal(written.State, read.State);
        Assert.True(read.RecordExists);
        Assert.NotNull(read.ETag);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task Stored_state_is_gzip_json_with_japanese_unescaped_in_the_binary_data_property()
    {
        var tableName = AzuriteFixture.UniqueTableName("layout");
        await using var silo = await GrainStorageSilo.StartAsync(azurite, tableName);
        await silo.Storage.WriteStateAsync(StateName, Okayama, new GrainState<NoteState>(new NoteState { Text = "在宅医療" }));

        var row = Assert.Single(await RawRows.AllAsync(azurite, tableName));
        Assert.Equal($"{GrainStorageSilo.ServiceId}_prefecture_33-2024", row.PartitionKey);
        Assert.Equal(StateName, row.RowKey);
        Assert.DoesNotContain(row.Keys, key => key == "StringData");
        var json = Encoding.UTF8.GetString(Gunzip(row.GetBinary("Data")));
        Assert.Equal("""{"Text":"在宅医療","Revision":0}""", json);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_fails_with_an_inconsistent_state_and_changes_nothing()
    {
        await using var silo = await GrainStorageSilo.StartAsync(azurite, AzuriteFixture.UniqueTableName("etag"));
        var first = new GrainState<NoteState>(new NoteState { Text = "v1" });
        await silo.Storage.WriteStateAsync(StateName, Okayama, first);
        var stale = new GrainState<NoteState>(first.State) { ETag = first.ETag, RecordExists = true };
        first.State = new NoteState { Text = "v2" };
        await silo.Storage.WriteStateAsync(StateName, Okayama, first);

        stale.State = new NoteState { Text = "lost update" };
        var failure = await Record.ExceptionAsync(() => silo.Storage.WriteStateAsync(StateName, Okayama, stale));

        Assert.IsAssignableFrom<InconsistentStateException>(failure);
        var read = new GrainState<NoteState>();
        await silo.Storage.ReadStateAsync(StateName, Okayama, read);
        Assert.Equal("v2", read.State?.Text);
        Assert.Equal(first.ETag, read.ETag);
    }

    [Fact]
    public async Task Two_writers_with_the_same_etag_one_wins_and_exactly_one_meets_an_inconsistent_state()
    {
        await using var silo = await GrainStorageSilo.StartAsync(azurite, AzuriteFixture.UniqueTableName("race"));
        var original = new GrainState<NoteState>(new NoteState { Text = "original" });
        await silo.Storage.WriteStateAsync(StateName, Okayama, original);

        var writers = new[] { "a", "b" }.Select(text => new GrainState<NoteState>(new NoteState { Text = text }) { ETag = original.ETag, RecordExists = true }).ToArray();
        var outcomes = await Task.WhenAll(writers.Select(writer => Record.ExceptionAsync(() => silo.Storage.WriteStateAsync(StateName, Okayama, writer))));

        Assert.Single(outcomes, outcome => outcome is null);
        Assert.IsAssignableFrom<InconsistentStateException>(Assert.Single(outcomes, outcome => outcome is not null));
        var winner = writers[Array.IndexOf(outcomes, null)];
        var read = new GrainState<NoteState>();
        await silo.Storage.ReadStateAsync(StateName, Okayama, read);
        Assert.Equal(winner.State, read.State);
    }

    [Fact]
    public async Task Cleared_state_reads_as_the_empty_state_and_a_stale_writer_still_conflicts()
    {
        await using var silo = await GrainStorageSilo.StartAsync(azurite, AzuriteFixture.UniqueTableName("clear"));
        var state = new GrainState<NoteState>(new NoteState { Text = "to be cleared" });
        await silo.Storage.WriteStateAsync(StateName, Okayama, state);
        var stale = new GrainState<NoteState>(state.State) { ETag = state.ETag, RecordExists = true };

        await silo.Storage.ClearStateAsync(StateName, Okayama, state);

        var read = new GrainState<NoteState>();
        await silo.Storage.ReadStateAsync(StateName, Okayama, read);
        Assert.Equal(new NoteState(), read.State);
        await Assert.ThrowsAnyAsync<InconsistentStateException>(() => silo.Storage.WriteStateAsync(StateName, Okayama, stale));
        state.State = new NoteState { Text = "after" };
        await silo.Storage.WriteStateAsync(StateName, Okayama, state);
        await silo.Storage.ReadStateAsync(StateName, Okayama, read);
        Assert.Equal("after", read.State?.Text);
    }

    [Fact]
    public async Task State_written_through_a_grain_survives_a_restart_of_the_cluster()
    {
        var tableName = AzuriteFixture.UniqueTableName("restart");
        await using (var first = await GrainStorageSilo.StartAsync(azurite, tableName))
        {
            await first.Grains.GetGrain<INoteGrain>("33-2024").WriteAsync("再起動の前に書いた");
        }

        await using var second = await GrainStorageSilo.StartAsync(azurite, tableName);

        Assert.Equal("再起動の前に書いた", await second.Grains.GetGrain<INoteGrain>("33-2024").ReadAsync());
    }

    [Fact]
    public async Task The_silo_refuses_to_start_on_a_store_written_by_an_earlier_release_saying_to_delete_it()
    {
        // The check looks at the whole account, so this test gets an Azurite of its own.
        var own = new AzuriteFixture();
        await own.InitializeAsync();
        Exception? failure;
        try
        {
            await own.CreateTableServiceClient().CreateTableIfNotExistsAsync(StorageNames.EarlierReleaseGrainStateTable);
            failure = await Record.ExceptionAsync(() => GrainStorageSilo.StartAsync(own, AzuriteFixture.UniqueTableName("current")));
        }
        finally
        {
            await own.DisposeAsync();
        }

        var refused = Assert.IsType<OrleansConfigurationException>(failure);
        Assert.Contains("'HomeCareGrainState', written by an earlier release", refused.Message);
        Assert.Contains("delete 'HomeCareGrainState'", refused.Message);
    }

    [Fact]
    public async Task A_silo_with_a_bad_connection_string_does_not_start_and_names_the_key()
    {
        var failure = await Record.ExceptionAsync(() => GrainStorageSilo.StartAsync(
            azurite, AzuriteFixture.UniqueTableName("bad"), options => options.ConnectionString = "not a connection string"));

        Assert.Contains("GrainStateStorageOptions.ConnectionString", failure?.Message);
    }

    private static byte[] Gunzip(byte[] compressed)
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }
}
