using Azure.Data.Tables;
using HomeCareNational.Abstractions.Rounds;
using HomeCareNational.Grains.Rounds;

namespace HomeCareNational.Grains.Tests.Rounds;

/// <summary>
/// The daily overdue check on a cluster of its own whose silos read a test clock: it marks exactly the prefectures
/// without a submission standing once the deadline day has ended in Japan.
/// </summary>
public sealed class OverdueCheckTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string Okayama = "33";
    private const string Hiroshima = "34";
    private const string Yamaguchi = "35";

    private static readonly ChangeAttribution Analyst = new("analyst-1", "（テスト）分析官", "tenant-mhlw", null, "Ministry.Analyst", false, "grain-tests");
    private static readonly DateOnly Deadline = new(2030, 6, 30);

    private readonly string tableName = AzuriteFixture.UniqueTableName("overdue");

    // The cluster and its state are this class's own, so any supported year will do.
    private readonly int year = FiscalYear.First + 6;
    private HomeCareCluster? cluster;

    private IGrainFactory Grains => cluster!.Grains;

    private IReportingRoundGrain Round => Grains.GetGrain<IReportingRoundGrain>(year);

    public async Task InitializeAsync() => cluster = await HomeCareCluster.StartAsync(azurite.ConnectionString, tableName, 1, testClock: true);

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task Marks_exactly_the_prefectures_not_submitted_by_the_deadline()
    {
        var clock = TestClockConfigurator.Clock;
        foreach (var code in new[] { Okayama, Hiroshima, Yamaguchi })
        {
            await Grains.SubmitRegisterAsync(code, year, new RegisterBuilder(code).WithAreas(1).WithDesignations(InstitutionKind.Clinic).Build());
        }

        Assert.Empty((await Round.OpenAsync(new DateOnly(2030, 4, 1), Deadline, Analyst)).Errors);
        Assert.Empty((await Round.SubmitAsync(Okayama, TestAttribution.EditorOf(Okayama))).Errors);
        Assert.Empty((await Round.SubmitAsync(Hiroshima, TestAttribution.EditorOf(Hiroshima))).Errors);
        Assert.Empty((await Round.ReturnAsync(Hiroshima, "再提出してください", Analyst)).Errors);

        // The last hour of the deadline day in Japan: nobody is late yet.
        clock.SetUtcNow(new DateTimeOffset(2030, 6, 30, 23, 0, 0, RoundCalendar.JapanOffset));
        Assert.False((await Round.MarkOverdueAsync()).Changed);

        clock.SetUtcNow(new DateTimeOffset(2030, 7, 1, 0, 0, 1, RoundCalendar.JapanOffset));
        var marked = (await Round.MarkOverdueAsync()).Round!;
        var late = Prefectures.All.Select(p => p.Code).Where(code => marked.SubmissionOf(code).MarkedOverdueAt is not null).ToList();
        Assert.Equal(Prefectures.All.Select(p => p.Code).Where(code => code != Okayama), late);
        Assert.Equal(clock.GetUtcNow(), marked.SubmissionOf(Yamaguchi).MarkedOverdueAt);

        // A late submission keeps its mark; a second check marks nobody again.
        Assert.Empty((await Round.SubmitAsync(Yamaguchi, TestAttribution.EditorOf(Yamaguchi))).Errors);
        clock.Advance(TimeSpan.FromDays(1));
        var again = await Round.MarkOverdueAsync();
        Assert.False(again.Changed);
        Assert.NotNull(again.Round!.SubmissionOf(Yamaguchi).MarkedOverdueAt);
        var step = (await Round.GetHistoryAsync()).Single(s => s.Operation == RoundOperations.MarkOverdue);
        Assert.Equal(46, step.PrefectureCodes.Length);
        Assert.Equal(ChangeAttribution.ServiceRole, step.By.Role);
    }

    [Fact]
    public async Task Opening_registers_the_daily_reminder_and_closing_removes_it()
    {
        Assert.Empty((await Round.OpenAsync(new DateOnly(2030, 4, 1), Deadline, Analyst)).Errors);
        Assert.Equal(1, await RemindersAsync());

        Assert.Empty((await Round.CloseAsync(Analyst)).Errors);
        Assert.Equal(0, await RemindersAsync());
    }

    private async Task<int> RemindersAsync()
    {
        var table = new TableClient(azurite.ConnectionString, HomeCareSiloConfigurator.RemindersTable(tableName));
        var count = 0;
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            count += row.GetString("ReminderName") == ReportingRoundGrain.OverdueReminder ? 1 : 0;
        }

        return count;
    }
}
