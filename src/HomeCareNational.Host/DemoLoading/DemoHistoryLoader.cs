using System.Collections.Concurrent;
using HomeCareNational.Abstractions;
using HomeCareNational.DemoData;
using HomeCareNational.Domain.Edits;
using HomeCareNational.Domain.Reference;

namespace HomeCareNational.Host.DemoLoading;

/// <summary>
/// Loads the synthetic FY2025 history (<see cref="DemoHistory"/>) through the same grain calls as a prefecture's own
/// edits, each recorded at its own time in that year (<see cref="DemoLoaderClock"/>), into every prefecture that has no
/// FY2025 data yet, so a restart or a second silo changes nothing. Month by month across the prefectures, so the
/// region and national totals history moves forward in time as it would have.
/// </summary>
internal sealed class DemoHistoryLoader(IGrainFactory grains, ChangeAttribution loadedBy, ILogger logger)
{
    /// <summary>Twice the register's: each edit is one small call, so eight wait far less than a grain call may take.</summary>
    private const int LoadsAtOnce = 2 * DemoRegisterLoader.LoadsAtOnce;

    /// <summary>Loads the history; the number of prefectures it was loaded into.</summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        var pending = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        await ForEachAsync(Prefectures.All.Select(p => p.Code), cancellationToken, async code =>
        {
            if (await OpenAsync(code))
            {
                pending[code] = true;
            }
        });

        foreach (var month in DemoHistory.Edits().Where(e => pending.ContainsKey(e.PrefectureCode)).GroupBy(e => e.Month).OrderBy(m => m.Key))
        {
            await ForEachAsync(month.GroupBy(e => e.PrefectureCode), cancellationToken, async edits =>
            {
                foreach (var edit in edits.Where(_ => pending[edits.Key]))
                {
                    pending[edits.Key] = await EditAsync(edit);
                }
            });
        }

        return pending.Count;
    }

    /// <summary>Opens FY2025 from the demo FY2024 register; false when the prefecture has FY2025 data already.</summary>
    private async Task<bool> OpenAsync(string prefectureCode)
    {
        var prefecture = grains.GetGrain<IPrefectureGrain>(prefectureCode);
        if ((await prefecture.GetFiscalYearsAsync()).Contains(DemoHistory.FiscalYear))
        {
            return false;
        }

        using (DemoLoaderClock.RecordAt(DemoHistory.OpenedAt))
        {
            return Accepted(prefectureCode, EditOperations.OpenFiscalYear, await prefecture.OpenFiscalYearAsync(DemoHistory.FiscalYear, loadedBy));
        }
    }

    private async Task<bool> EditAsync(DemoHistoryEdit edit)
    {
        using (DemoLoaderClock.RecordAt(edit.At))
        {
            var result = await grains.GetGrain<IPrefectureGrain>(edit.PrefectureCode).EditAsync(DemoHistory.FiscalYear, edit.Edit, loadedBy);
            return Accepted(edit.PrefectureCode, edit.Edit.Operation, result);
        }
    }

    // A register that was edited since the demo loaded it may refuse the history; that prefecture's history stops there
    // rather than the service's start.
    private bool Accepted(string prefectureCode, string operation, SubmissionResult result)
    {
        if (!result.Accepted)
        {
            logger.LogWarning("{Label}: the FY{Year} history of prefecture {Prefecture} stops at a refused {Operation}: {Errors}",
                DemoRegister.Label, DemoHistory.FiscalYear, prefectureCode, operation, string.Join("; ", result.Errors.Take(3)));
        }

        return result.Accepted;
    }

    private static Task ForEachAsync<T>(IEnumerable<T> items, CancellationToken cancellationToken, Func<T, Task> body) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = LoadsAtOnce, CancellationToken = cancellationToken }, async (item, _) => await body(item));
}
