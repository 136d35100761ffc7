using Azure.Data.Tables;
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
    private readonly int year = TestFiscalYears.Next();
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
        var nextYear = TestFiscalYears.Next();
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
    }));

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
