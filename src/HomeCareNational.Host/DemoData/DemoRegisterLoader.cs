using System.Collections.Concurrent;
using HomeCareNational.Abstractions;
using HomeCareNational.DemoData;
using HomeCareNational.Domain.Edits;

namespace HomeCareNational.Host.DemoData;

/// <summary>
/// Loads the synthetic demo register through the same grain calls a prefecture's submission uses, into
/// every prefecture that has no data for the demo year yet, so a restart or a second silo changes nothing
/// and data entered since is never overwritten. A few prefectures load at a time: all 47 at once would queue at the
/// region and national grains long enough to pass the grain calls' response timeout on a small machine.
/// </summary>
internal sealed class DemoRegisterLoader(IGrainFactory grains, ILogger<DemoRegisterLoader> logger) : IStartupTask
{
    private static readonly ChangeAttribution LoadedBy = ChangeAttribution.Service("demo-register-loader");

    public async Task Execute(CancellationToken cancellationToken)
    {
        var loaded = new ConcurrentBag<bool>();
        await Parallel.ForEachAsync(DemoRegister.Generate(), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (entry, _) => loaded.Add(await LoadAsync(entry.Key, entry.Value)));
        logger.LogWarning("{Label}: loaded into {Loaded} prefectures, {Skipped} already had FY{Year} data",
            DemoRegister.Label, loaded.Count(l => l), loaded.Count(l => !l), DemoRegister.FiscalYear);
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
