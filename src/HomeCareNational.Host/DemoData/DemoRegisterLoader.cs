using HomeCareNational.Abstractions;
using HomeCareNational.DemoData;
using HomeCareNational.Domain.Edits;

namespace HomeCareNational.Host.DemoData;

/// <summary>
/// Loads the synthetic demo register through the same grain calls a prefecture's submission uses, into
/// every prefecture that has no data for the demo year yet, so a restart or a second silo changes nothing
/// and data entered since is never overwritten.
/// </summary>
internal sealed class DemoRegisterLoader(IGrainFactory grains, ILogger<DemoRegisterLoader> logger) : IStartupTask
{
    private const int LoadsAtOnce = 4;

    private static readonly ChangeAttribution LoadedBy = ChangeAttribution.Service("demo-register-loader");

    public async Task Execute(CancellationToken cancellationToken)
    {
        // A few prefectures at a time: all 47 at once queue behind each other at the region and national grains for
        // longer than a grain call may take (Orleans:ResponseTimeout).
        var loaded = new System.Collections.Concurrent.ConcurrentBag<bool>();
        await Parallel.ForEachAsync(
            DemoRegister.Generate(),
            new ParallelOptions { MaxDegreeOfParallelism = LoadsAtOnce, CancellationToken = cancellationToken },
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
