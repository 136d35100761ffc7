using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Summaries;

/// <summary>
/// Decides a hub's <see cref="HubActivityStatus"/> from its activity report (the rule is written in docs/register.md,
/// "Hub activity status and area coverage"):
/// no report → not reported; at least one meeting and at least <see cref="DutiesForActive"/> of the five duties done →
/// active; no meeting and no duty done → inactive; anything in between → partly active.
/// </summary>
public static class HubActivityRule
{
    /// <summary>How many of the five duties an active hub has done.</summary>
    public const int DutiesForActive = 4;

    public static HubActivityStatus StatusOf(HubActivityReport? report)
    {
        if (report is null)
        {
            return HubActivityStatus.NotReported;
        }

        var dutiesDone = report.Duties.Where(d => d.Done).Select(d => d.Duty).Distinct().Count();
        var met = !report.Meetings.IsEmpty;
        return (met, dutiesDone) switch
        {
            (true, >= DutiesForActive) => HubActivityStatus.Active,
            (false, 0) => HubActivityStatus.Inactive,
            _ => HubActivityStatus.PartlyActive,
        };
    }

    /// <summary>The status of every hub of the register, keyed by hub id.</summary>
    public static IReadOnlyDictionary<string, HubActivityStatus> StatusByHub(PrefectureRegister register)
    {
        var reports = register.ActivityReports.ToDictionary(r => r.HubId, StringComparer.Ordinal);
        return register.Hubs.ToDictionary(h => h.HubId, h => StatusOf(reports.GetValueOrDefault(h.HubId)), StringComparer.Ordinal);
    }
}
