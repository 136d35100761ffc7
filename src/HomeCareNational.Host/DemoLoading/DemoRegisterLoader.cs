using HomeCareNational.Abstractions;
using HomeCareNational.Abstractions.Rounds;
using HomeCareNational.DemoData;
using HomeCareNational.Domain.Edits;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Host.Hosting;
using System.Diagnostics;

namespace HomeCareNational.Host.DemoLoading;

/// <summary>
/// Loads the synthetic demo register through the same grain calls a prefecture's submission uses, into
/// every prefecture that has no data for the demo year yet, so a restart or a second silo changes nothing
/// and data entered since is never overwritten. Then runs the demo year's reporting round through the round grain's
/// own steps (open, every prefecture submitted and accepted, closed), unless it is closed already, so its official
/// figures are the published ones whatever the live registers do next. With <see cref="HomeCareSettings.DemoHistoryKey"/>,
/// then the synthetic FY2025 history (<see cref="DemoHistoryLoader"/>).
/// </summary>
internal sealed class DemoRegisterLoader(IGrainFactory grains, IConfiguration configuration, ILogger<DemoRegisterLoader> logger) : IStartupTask
{
    /// <summary>
    /// A few prefectures at a time: all 47 at once queue behind each other at the region and national grains for
    /// longer than a grain call may take (Orleans:ResponseTimeout).
    /// </summary>
    internal const int LoadsAtOnce = 4;

    private static readonly ChangeAttribution LoadedBy = ChangeAttribution.Service("demo-register-loader");

    public async Task Execute(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var loaded = new System.Collections.Concurrent.ConcurrentBag<bool>();
        await Parallel.ForEachAsync(
            DemoRegister.Generate(),
            new ParallelOptions { MaxDegreeOfParallelism = LoadsAtOnce, CancellationToken = cancellationToken },
            async (entry, _) => loaded.Add(await LoadAsync(entry.Key, entry.Value)));
        logger.LogWarning("{Label}: loaded into {Loaded} prefectures, {Skipped} already had FY{Year} data",
            DemoRegister.Label, loaded.Count(l => l), loaded.Count(l => !l), DemoRegister.FiscalYear);
        if (await CloseRoundAsync())
        {
            logger.LogWarning("{Label}: the FY{Year} reporting round was run and closed with every prefecture accepted", DemoRegister.Label, DemoRegister.FiscalYear);
        }

        if (configuration.GetValue<bool>(HomeCareSettings.DemoHistoryKey))
        {
            var withHistory = await new DemoHistoryLoader(grains, LoadedBy, logger).LoadAsync(cancellationToken);
            logger.LogWarning("{Label}: the FY{Year} history ({Edits} edits in all) was loaded into {Loaded} prefectures",
                DemoRegister.Label, DemoHistory.FiscalYear, DemoHistory.Edits().Length, withHistory);
        }

        logger.LogWarning("{Label}: loading took {Elapsed}", DemoRegister.Label, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Runs the demo year's round to its close; false when it was closed already (a restart, another silo).</summary>
    private async Task<bool> CloseRoundAsync()
    {
        var round = grains.GetGrain<IReportingRoundGrain>(DemoRegister.FiscalYear);
        if (await round.GetAsync() is { IsClosed: true })
        {
            return false;
        }

        Ensure(await round.OpenAsync(DemoRegister.RoundReferenceDate, DemoRegister.RoundDeadline, LoadedBy));
        foreach (var prefecture in Prefectures.All)
        {
            Ensure(await round.SubmitAsync(prefecture.Code, LoadedBy));
            Ensure(await round.AcceptAsync(prefecture.Code, LoadedBy));
        }

        Ensure(await round.CloseAsync(LoadedBy));
        return true;
    }

    private static void Ensure(RoundStepResult result)
    {
        if (!result.Accepted)
        {
            throw new InvalidOperationException(
                $"The demo's FY{DemoRegister.FiscalYear} reporting round was refused a step: {string.Join("; ", result.Errors)}");
        }
    }

    private async Task<bool> LoadAsync(string prefectureCode, Domain.Register.PrefectureRegister register)
    {
        var prefecture = grains.GetGrain<IPrefectureGrain>(prefectureCode);
        if ((await prefecture.GetFiscalYearsAsync()).Contains(DemoRegister.FiscalYear))
        {
            return false;
        }

        Ensure(prefectureCode, await prefecture.SubmitAreasAsync(DemoRegister.FiscalYear, register.Areas, LoadedBy));
        Ensure(prefectureCode, await prefecture.SubmitHubsAsync(DemoRegister.FiscalYear, register.Hubs, LoadedBy));
        Ensure(prefectureCode, await prefecture.SubmitDesignationsAsync(DemoRegister.FiscalYear, register.Institutions, LoadedBy));
        if (!register.ActivityReports.IsEmpty)
        {
            Ensure(prefectureCode, await prefecture.EditAsync(DemoRegister.FiscalYear, new ReplaceActivityReports(register.ActivityReports), LoadedBy));
        }

        return true;
    }

    private static void Ensure(string prefectureCode, SubmissionResult result)
    {
        if (!result.Accepted)
        {
            throw new InvalidOperationException(
                $"The demo register of prefecture {prefectureCode} was refused: {string.Join("; ", result.Errors.Take(5))}");
        }
    }
}
