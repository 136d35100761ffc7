using System.Globalization;
using HomeCareNational.Domain.Summaries;

namespace HomeCareNational.DemoData.Generation;

/// <summary>
/// Invents the hubs' activity reports. The working group found that 15 of the 47 prefectures did not grasp what their
/// hubs were doing at all, so 15 prefectures (those whose code is a multiple of 3) report nothing; in the others most
/// hubs are active, some partly, a few inactive or not reported.
/// </summary>
internal static class ActivityReportBuilder
{
    private static readonly HubDuty[] Duties = Enum.GetValues<HubDuty>();

    public static bool GraspsItsHubs(Prefecture prefecture) => int.Parse(prefecture.Code, CultureInfo.InvariantCulture) % 3 != 0;

    public static ImmutableArray<HubActivityReport> Build(Prefecture prefecture, IReadOnlyList<CollaborationHub> hubs, Random random)
    {
        if (!GraspsItsHubs(prefecture))
        {
            return [];
        }

        var reports = ImmutableArray.CreateBuilder<HubActivityReport>();
        foreach (var hub in hubs)
        {
            var roll = random.Next(100);
            if (roll < 5)
            {
                continue;
            }

            var (meetings, dutiesDone) = roll switch
            {
                < 60 => (random.Next(2, 7), random.Next(HubActivityRule.DutiesForActive, Duties.Length + 1)),
                < 90 => (random.Next(0, 3), random.Next(1, HubActivityRule.DutiesForActive)),
                _ => (0, 0),
            };
            reports.Add(Report(hub.HubId, meetings, dutiesDone, random));
        }

        return reports.ToImmutable();
    }

    private static HubActivityReport Report(string hubId, int meetings, int dutiesDone, Random random)
    {
        var start = FiscalYear.StartsOn(DemoRegister.FiscalYear);
        var held = Enumerable.Range(0, meetings)
            .Select(_ => new HubMeeting(start.AddDays(random.Next(365)), AttendeeCategories.Medical | AttendeeCategories.LongTermCare | (random.Chance(50) ? AttendeeCategories.Government : AttendeeCategories.None)))
            .OrderBy(m => m.HeldOn)
            .ToImmutableArray();
        var done = Duties.OrderBy(_ => random.Next()).Take(dutiesDone).ToHashSet();
        var duties = Duties.Select(d => new HubDutyReport(d, done.Contains(d), done.Contains(d) ? null : "（デモ）未実施")).ToImmutableArray();
        var disaster = random.Chance(40);
        return new HubActivityReport(hubId, held, duties, disaster, disaster ? "（デモ）災害時の連絡体制を協議" : null,
            done.Contains(HubDuty.StaffTraining) ? random.Next(1, 5) : 0, done.Contains(HubDuty.PublicAwareness) ? random.Next(1, 4) : 0);
    }
}
