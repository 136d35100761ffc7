using HomeCareNational.Storage.AzureTable;
using Azure.Data.Tables;
using HomeCareNational.Domain.Edits;
using HomeCareNational.Storage.AzureTable.History;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Grains.Tests.Persistence;

/// <summary>
/// Grain state lives in Azurite, not in the silos: each test starts a cluster on a table of its own, stops it and
/// starts a new one over the same table. These tests own their clusters, so the shared cluster is never disturbed.
/// </summary>
public sealed class RestartTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const short Silos = 1;
    private const string Okayama = "33";
    private const string Hiroshima = "34";
    private const string Tokyo = "13";

    private readonly string tableName = AzuriteFixture.UniqueTableName("restart");
    // Every test has tables of its own, so the years need not differ from other tests'.
    private readonly int year = FiscalYear.First;
    private HomeCareCluster? cluster;

    private IGrainFactory Grains => (cluster ?? throw new InvalidOperationException("No cluster is running.")).Grains;

    public async Task InitializeAsync() => cluster = await StartClusterAsync();

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_new_cluster_over_the_same_table_reads_back_registers_and_totals_identically()
    {
        var nextYear = FiscalYear.First + 1;
        var submitted = new Dictionary<(string Prefecture, int Year), PrefectureRegister>
        {
            [(Okayama, year)] = new RegisterBuilder(Okayama)
                .WithAreas(2)
                .WithHubs(1)
                .WithDesignations(InstitutionKind.EnhancedHomeCareSupportClinic, InstitutionKind.DentalClinic, InstitutionKind.CareManagementOffice)
                .WithWithdrawnDesignation(InstitutionKind.Pharmacy)
                .Build(),
            [(Okayama, nextYear)] = new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Hospital).Build(),
            [(Tokyo, year)] = new RegisterBuilder(Tokyo).WithAreas(3).WithHubs(2).WithDesignations(InstitutionKind.VisitingNurseStation).Build(),
        };
        foreach (var ((prefecture, fiscalYear), register) in submitted)
        {
            await Grains.SubmitRegisterAsync(prefecture, fiscalYear, register);
        }

        var before = await ReadEverythingAsync(submitted.Keys);

        await RestartAsync();

        var after = await ReadEverythingAsync(submitted.Keys);
        foreach (var ((prefecture, fiscalYear), register) in submitted)
        {
            PrefectureSubmissions.AssertSameRegister(register, await Grains.ReadRegisterAsync(prefecture, fiscalYear));
        }

        Assert.Equal(before.Summary, after.Summary);
        Assert.Equal<int>([year, nextYear], after.NationalYears);
        Assert.Equal<int>([year, nextYear], await Grains.GetGrain<IPrefectureGrain>(Okayama).GetFiscalYearsAsync());
        await RollupInvariant.AssertConsistentAsync(Grains, year);
        await RollupInvariant.AssertConsistentAsync(Grains, nextYear);
    }

    [Fact]
    public async Task A_change_writes_the_state_of_its_own_fiscal_year_only()
    {
        var nextYear = FiscalYear.First + 1;
        await Grains.SubmitRegisterAsync(Okayama, year, new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Clinic).Build());
        await Grains.SubmitRegisterAsync(Okayama, nextYear, new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Pharmacy).Build());
        var before = await ETagsAsync();

        await Grains.SubmitDesignationsAsync(Okayama, nextYear, new RegisterBuilder(Okayama).WithDesignations(InstitutionKind.Pharmacy, InstitutionKind.Clinic).Build());

        var after = await ETagsAsync();
        var (thisYear, otherYear, prefecture) = ($"_prefectureregister_{Okayama}-{year}", $"_prefectureregister_{Okayama}-{nextYear}", $"_prefecture_{Okayama}");
        Assert.Equal(Single(before, thisYear), Single(after, thisYear));
        Assert.Equal(Single(before, prefecture), Single(after, prefecture));
        Assert.NotEqual(Single(before, otherYear), Single(after, otherYear));

        static string Single(IReadOnlyDictionary<string, string> etags, string suffix) =>
            Assert.Single(etags, row => row.Key.EndsWith(suffix, StringComparison.Ordinal)).Value;
    }

    [Fact]
    public async Task A_keyed_change_stored_but_never_answered_is_answered_with_its_original_success_after_a_restart()
    {
        await Grains.SubmitRegisterAsync(Okayama, year, new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Clinic).Build());
        var add = new AddDesignation(RegisterBuilder.Institution(Okayama, 2, InstitutionKind.Pharmacy));
        var by = TestAttribution.EditorOf(Okayama);
        var first = await Grains.GetGrain<IPrefectureGrain>(Okayama).EditAsync(year, add, by, "crash-retry-0001");

        // As if the host died before the answer left: only the register grain's stored state knows the key.
        await RestartAsync();
        var prefecture = Grains.GetGrain<IPrefectureGrain>(Okayama);
        var retry = await prefecture.EditAsync(year, add, by, "crash-retry-0001");

        Assert.True(retry.Accepted);
        Assert.True(retry.Changed);
        Assert.Equal(first.Totals, retry.Totals);
        Assert.Equal(first.Totals, await prefecture.GetTotalsAsync(year));
        Assert.Equal(2, (await Grains.ReadRegisterAsync(Okayama, year)).Institutions.Length);
        Assert.Contains("already in the register", Assert.Single((await prefecture.EditAsync(year, add, by, "another-key-0001")).Errors).Message);
    }

    [Fact]
    public async Task A_change_whose_state_write_fails_leaves_no_totals_snapshot_or_revision_of_its_version()
    {
        await Grains.SubmitRegisterAsync(Okayama, year, new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Clinic).Build());
        var prefecture = Grains.GetGrain<IPrefectureGrain>(Okayama);
        var stored = await prefecture.GetTotalsAsync(year);

        // Another writer's update of the stored state: the grain's next write meets an ETag conflict after the history append.
        var table = azurite.CreateTableServiceClient().GetTableClient(tableName);
        var row = await FindRowAsync(table, $"_prefectureregister_{Okayama}-{year}");
        await table.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Merge);
        var failure = await Record.ExceptionAsync(() => prefecture.SubmitDesignationsAsync(year, [.. new RegisterBuilder(Okayama).WithDesignations(InstitutionKind.Clinic, InstitutionKind.Pharmacy).Build().Institutions], TestAttribution.EditorOf(Okayama)));

        Assert.NotNull(failure);
        Assert.Equal(stored, (await TotalsHistory().AsOfAsync(TotalsScope.Prefecture(Okayama), year, DateTimeOffset.UtcNow)));
        Assert.Equal(stored, await prefecture.GetTotalsAsync(year));
        Assert.Equal(stored!.Version, (await prefecture.GetRevisionsAsync(year, 1, 100)).Max(r => r.Version));
        var next = await Grains.SubmitDesignationsAsync(Okayama, year, new RegisterBuilder(Okayama).WithDesignations(InstitutionKind.Clinic, InstitutionKind.Clinic).Build());
        Assert.Equal(stored.Version + 1, next.Totals!.Version);
        Assert.Equal(next.Totals, await TotalsHistory().AsOfAsync(TotalsScope.Prefecture(Okayama), year, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task Versions_continue_after_a_restart()
    {
        var register = new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Clinic).Build();
        await Grains.SubmitRegisterAsync(Okayama, year, register);
        await RestartAsync();
        var before = await Levels.ReadAsync(Grains, Okayama, year);

        var result = await Grains.SubmitDesignationsAsync(Okayama, year, new RegisterBuilder(Okayama).WithDesignations(InstitutionKind.Clinic, InstitutionKind.Clinic).Build());

        var after = await Levels.ReadAsync(Grains, Okayama, year);
        Assert.True(result.Changed);
        Assert.Equal((before.Versions.Prefecture + 1, before.Versions.Region + 1, before.Versions.National + 1), after.Versions);
        Assert.Equal(2, Figures.Of(after.National).Designations);
        await RollupInvariant.AssertConsistentAsync(Grains, year);
    }

    [Fact]
    public async Task Start_up_reconciliation_rebuilds_region_and_national_totals_deleted_from_the_table()
    {
        await Grains.SubmitRegisterAsync(Okayama, year, new RegisterBuilder(Okayama)
            .WithAreas(2).WithHubs(1).WithDesignations(InstitutionKind.HomeCareSupportClinic, InstitutionKind.Pharmacy).Build());
        await Grains.SubmitRegisterAsync(Hiroshima, year, new RegisterBuilder(Hiroshima)
            .WithAreas(1).WithHubs(1).WithDesignations(InstitutionKind.HomeCareSupportHospital).Build());
        await Grains.SubmitRegisterAsync(Tokyo, year, new RegisterBuilder(Tokyo)
            .WithAreas(1).WithDesignations(InstitutionKind.Clinic, InstitutionKind.Clinic).Build());
        IReadOnlyDictionary<string, int> deleted = new Dictionary<string, int>();

        await RestartAsync(whileStopped: async () => deleted = await DeleteAggregateRowsAsync(
            RegionGrouping.EightRegions.Regions.Select(r => r.Code).Append(INationalGrain.Key)));

        Assert.Equal(["chugoku", "japan", "kanto"], deleted.Where(d => d.Value > 0).Select(d => d.Key).Order());
        var chugoku = await Grains.GetGrain<IRegionGrain>("chugoku").GetTotalsAsync(year);
        var kanto = await Grains.GetGrain<IRegionGrain>("kanto").GetTotalsAsync(year);
        var national = await Grains.GetGrain<INationalGrain>(INationalGrain.Key).GetTotalsAsync(year);
        Assert.Equal(new Figures(3, 2, 1, "HomeCareSupportHospital=1, HomeCareSupportClinic=1, Pharmacy=1", Hubs: 2, Areas: 3, Prefectures: 2), Figures.Of(chugoku));
        Assert.Equal(new Figures(2, 2, 0, "Clinic=2", Hubs: 0, Areas: 1, Prefectures: 1), Figures.Of(kanto));
        Assert.Equal(new Figures(5, 4, 1, "HomeCareSupportHospital=1, HomeCareSupportClinic=1, Clinic=2, Pharmacy=1", Hubs: 2, Areas: 4, Prefectures: 3), Figures.Of(national));
        await RollupInvariant.AssertConsistentAsync(Grains, year);
    }

    [Fact]
    public async Task A_region_rebuilt_after_losing_its_state_keeps_updating_the_nation()
    {
        await Grains.SubmitRegisterAsync(Okayama, year, new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Clinic).Build());
        await RestartAsync(whileStopped: () => DeleteAggregateRowsAsync(["chugoku"]));

        await Grains.SubmitDesignationsAsync(Okayama, year, new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Clinic, InstitutionKind.Clinic, InstitutionKind.Clinic).Build());

        var national = await Grains.GetGrain<INationalGrain>(INationalGrain.Key).GetTotalsAsync(year);
        Assert.Equal(3, Figures.Of(national).Designations);
        await RollupInvariant.AssertConsistentAsync(Grains, year);
    }

    [Fact]
    public async Task Totals_answered_at_an_instant_are_answered_as_of_it_after_later_changes_and_a_restart()
    {
        var beforeAnything = DateTimeOffset.UtcNow.AddMilliseconds(-1);
        await Grains.SubmitRegisterAsync(Okayama, year, new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Clinic, InstitutionKind.Pharmacy).Build());
        var answered = await Levels.ReadAsync(Grains, Okayama, year);
        var instant = DateTimeOffset.UtcNow;

        await Grains.SubmitDesignationsAsync(Okayama, year, new RegisterBuilder(Okayama).WithAreas(1).WithDesignations(InstitutionKind.Clinic).Build());
        await RestartAsync();

        var history = TotalsHistory();
        var scopes = new[] { TotalsScope.Prefecture(Okayama), TotalsScope.Region("chugoku"), TotalsScope.National };
        var asOf = await Task.WhenAll(scopes.Select(scope => history.AsOfAsync(scope, year, instant)));
        Assert.Equal<TotalsSnapshot?>(answered.All, asOf);
        Assert.Equal(2, Figures.Of(asOf[2]).Designations);
        var now = await Task.WhenAll(scopes.Select(scope => history.AsOfAsync(scope, year, DateTimeOffset.UtcNow)));
        Assert.Equal<TotalsSnapshot?>((await Levels.ReadAsync(Grains, Okayama, year)).All, now);
        Assert.Null(await history.AsOfAsync(TotalsScope.Prefecture(Okayama), year, beforeAnything));
    }

    private AzureTableTotalsHistory TotalsHistory() => new(Options.Create(new HistoryStorageOptions
    {
        ConnectionString = azurite.ConnectionString,
        RegisterTableName = HomeCareSiloConfigurator.RegisterHistoryTable(tableName),
        TotalsTableName = HomeCareSiloConfigurator.TotalsHistoryTable(tableName),
    }), new HomeCareTableServiceClientFactory());

    private Task<HomeCareCluster> StartClusterAsync() => HomeCareCluster.StartAsync(azurite.ConnectionString, tableName, Silos);

    private async Task RestartAsync(Func<Task>? whileStopped = null)
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
            cluster = null;
        }

        if (whileStopped is not null)
        {
            await whileStopped();
        }

        cluster = await StartClusterAsync();
    }

    /// <summary>
    /// Deletes every row of the given aggregate grains, straight from the table: the provider's PartitionKey is
    /// <c>{ServiceId}_{grainType}_{key}</c> (see TABLE-LAYOUT.md), so a grain's rows are those whose PartitionKey ends
    /// with <c>_{key}</c>. Returns how many rows each grain lost.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, int>> DeleteAggregateRowsAsync(IEnumerable<string> grainKeys)
    {
        var table = azurite.CreateTableServiceClient().GetTableClient(tableName);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        var deleted = new Dictionary<string, int>();
        foreach (var grainKey in grainKeys)
        {
            deleted[grainKey] = 0;
            foreach (var row in rows.Where(row => row.PartitionKey.EndsWith("_" + grainKey, StringComparison.Ordinal)))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
                deleted[grainKey]++;
            }
        }

        return deleted;
    }

    private static async Task<TableEntity> FindRowAsync(TableClient table, string partitionKeySuffix)
    {
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            if (row.PartitionKey.EndsWith(partitionKeySuffix, StringComparison.Ordinal))
            {
                return row;
            }
        }

        throw new Xunit.Sdk.XunitException($"No row's PartitionKey ends with {partitionKeySuffix}.");
    }

    /// <summary>The ETag of every grain state in the table, by PartitionKey.</summary>
    private async Task<IReadOnlyDictionary<string, string>> ETagsAsync()
    {
        var etags = new Dictionary<string, string>();
        await foreach (var row in azurite.CreateTableServiceClient().GetTableClient(tableName).QueryAsync<TableEntity>())
        {
            etags[row.PartitionKey] = row.ETag.ToString();
        }

        return etags;
    }

    private async Task<Snapshot> ReadEverythingAsync(IEnumerable<(string Prefecture, int Year)> keys)
    {
        var summary = new List<string>();
        foreach (var (prefecture, fiscalYear) in keys)
        {
            var levels = await Levels.ReadAsync(Grains, prefecture, fiscalYear);
            summary.Add($"{prefecture}/{fiscalYear}: versions {levels.Versions}, figures {levels.Figures}, as of {string.Join(" | ", levels.All.Select(l => l?.AsOf.ToString("O")))}");
        }

        return new Snapshot(string.Join(Environment.NewLine, summary), await Grains.GetGrain<INationalGrain>(INationalGrain.Key).GetFiscalYearsAsync());
    }

    /// <summary>Everything the totals side shows for some registers, as text so that a difference prints in full.</summary>
    private sealed record Snapshot(string Summary, IReadOnlyList<int> NationalYears);
}
