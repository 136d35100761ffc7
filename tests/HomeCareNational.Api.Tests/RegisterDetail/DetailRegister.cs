using System.Globalization;
using HomeCareNational.Abstractions;
using HomeCareNational.Domain.Edits;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;
using HomeCareNational.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace HomeCareNational.Api.Tests.RegisterDetail;

/// <summary>
/// A register written out by hand with activity reports and review outcomes: 奈良県 (29) in the year it claims.
/// Areas, hubs and designations are submitted over HTTP; activity reports and reviews, which have no
/// mutation yet, go straight to the prefecture grain.
/// </summary>
/// <remarks>
/// What the tests expect, worked out by hand:
/// <list type="bullet">
/// <item>Hubs: K1 met twice and did all five duties (ACTIVE); K2 met once and did three (PARTLY_ACTIVE); K3 reported
/// nothing done (INACTIVE); K4 has no report (NOT_REPORTED); K5 did four duties without meeting (PARTLY_ACTIVE) and
/// covers no area.</item>
/// <item>Areas: N1 (K1), N2 (K1, K2), N3 (K3), N4 (K4), N5 (none). Only K1 is active, so N3, N4 and N5 have no active
/// hub. N5 has neither a hub nor a designation in force.</item>
/// <item>Designations 2900000001–11: 01, 02, 08 are clinical (NOT_REQUIRED). Of the eight non-clinical: 03 and 10 kept,
/// 04 and 11 withdrawn by review, 07 withdrawn before any review, 05 replaced by 02, 06 and 09 open: required 8,
/// open 2, withdrawn 3, replaced 1, kept 2, completed 6/8. In force: 01, 02, 03, 06, 08, 09, 10. 06 has no area.</item>
/// </list>
/// </remarks>
[WritesRegisters(Year, Prefecture)]
public static class DetailRegister
{
    public const string Prefecture = "29";
    public const int Year = 2044;

    private static readonly SemaphoreSlim Once = new(1, 1);

    public static HomeCareAreaInput[] Areas { get; } =
    [
        new("N1", "北和圏域", "SECONDARY_MEDICAL_AREA", ["29201"]),
        new("N2", "中和圏域", "SECONDARY_MEDICAL_AREA", ["29202"]),
        new("N3", "南和圏域", "HEALTH_CENTER_AREA", ["29203"]),
        new("N4", "東和圏域", "MUNICIPALITY", ["29204"]),
        new("N5", "西和圏域", "MUNICIPALITY", ["29205"]),
    ];

    public static CollaborationHubInput[] Hubs { get; } =
    [
        new("K1", "北和医師会在宅医療連携拠点", "MEDICAL_ASSOCIATION", "29201", ["N1", "N2"]),
        new("K2", "中和市在宅医療連携拠点", "MUNICIPALITY", "29202", ["N2"]),
        new("K3", "南和保健所在宅医療連携拠点", "PUBLIC_HEALTH_CENTER", "29203", ["N3"]),
        new("K4", "東和病院在宅医療連携拠点", "HOSPITAL", "29204", ["N4"]),
        new("K5", "訪問看護連携拠点", "VISITING_NURSE_STATION", "29205", []),
    ];

    public static DesignatedInstitutionInput[] Institutions { get; } =
    [
        Institution(1, "わかくさ在宅クリニック", "HOME_CARE_SUPPORT_CLINIC", "N1", "29201"),
        Institution(2, "やまと病院", "HOSPITAL", "N2", "29202"),
        Institution(3, "あすか訪問看護ステーション", "VISITING_NURSE_STATION", "N1", "29201"),
        Institution(4, "いこま薬局", "PHARMACY", "N2", "29202"),
        Institution(5, "よしの居宅介護支援事業所", "CARE_MANAGEMENT_OFFICE", "N3", "29203"),
        Institution(6, "なら市", "MUNICIPALITY", null, "29201"),
        Institution(7, "かしはら薬局", "PHARMACY", "N4", "29204", status: "WITHDRAWN"),
        Institution(8, "うねび歯科", "DENTAL_CLINIC", "N3", "29203"),
        Institution(9, "とうわ保健所", "PUBLIC_HEALTH_CENTER", "N4", "29204"),
        Institution(10, "みわ訪問看護ステーション", "VISITING_NURSE_STATION", "N2", "29202"),
        Institution(11, "たつた短期入所", "SHORT_STAY_FACILITY", "N1", "29201"),
    ];

    public static IReadOnlyList<HubActivityReport> Reports { get; } =
    [
        new("K1",
            [new(new(2044, 6, 10), AttendeeCategories.Medical | AttendeeCategories.LongTermCare | AttendeeCategories.DisabilityWelfare),
             new(new(2044, 11, 20), AttendeeCategories.All)],
            [.. Enum.GetValues<HubDuty>().Reverse().Select(d => new HubDutyReport(d, true, d == HubDuty.StaffTraining ? "多職種研修を2回" : null))],
            true, "避難行動要支援者の情報共有", 3, 2),
        new("K2",
            [new(new(2044, 9, 1), AttendeeCategories.Medical | AttendeeCategories.Government)],
            [new(HubDuty.StakeholderMeetings, true, null), new(HubDuty.ServiceCoordination, true, null), new(HubDuty.RoundTheClockResponse, true, null),
             new(HubDuty.StaffTraining, false, "講師未定"), new(HubDuty.PublicAwareness, false, null)],
            false, null, 0, 1),
        new("K3", [], [.. Enum.GetValues<HubDuty>().Select(d => new HubDutyReport(d, false, null))], false, null, 0, 0),
        new("K5", [], [.. Enum.GetValues<HubDuty>().Select(d => new HubDutyReport(d, d != HubDuty.StakeholderMeetings, null))], true, null, 1, 0),
    ];

    public static IReadOnlyList<(string Code, DesignationReview Review)> Reviews { get; } =
    [
        (Code(3), new(ReviewOutcome.Kept, "24時間の訪問看護を提供し、地域に代替がない", null, new(2044, 7, 1))),
        (Code(4), new(ReviewOutcome.Withdrawn, null, null, new(2044, 7, 1))),
        (Code(5), new(ReviewOutcome.ReplacedByClinical, null, Code(2), new(2044, 8, 15))),
        (Code(10), new(ReviewOutcome.Kept, "看取りの実績がある", null, new(2044, 9, 30))),
        (Code(11), new(ReviewOutcome.Withdrawn, "在宅医療を自ら提供していない", null, new(2044, 10, 1))),
    ];

    /// <summary>Who the grain records for the edits the API cannot make yet.</summary>
    public static ChangeAttribution Editor { get; } =
        new("register-detail-tests", "詳細テスト編集者", "tests", Prefecture, AppRoles.PrefectureEditor, false, null);

    /// <summary>Writes the register once per service run; later calls find it written and change nothing.</summary>
    public static async Task EnsureAsync(ServiceFixture service)
    {
        await Once.WaitAsync();
        try
        {
            var grain = service.Services.GetRequiredService<IGrainFactory>().GetGrain<IPrefectureGrain>(Prefecture);
            if (await grain.GetRegisterAsync(Year) is not null)
            {
                return;
            }

            await service.ClientFor(AppRoles.PrefectureEditor, Prefecture).SubmitRegisterAsync(Prefecture, Year, Areas, Hubs, Institutions);
            foreach (var report in Reports)
            {
                AssertAccepted(await grain.EditAsync(Year, new ReportHubActivity(report), Editor));
            }

            foreach (var (code, review) in Reviews)
            {
                AssertAccepted(await grain.EditAsync(Year, new RecordReview(code, review), Editor));
            }
        }
        finally
        {
            Once.Release();
        }
    }

    /// <summary>The institution code of designation <paramref name="n"/>, e.g. 2900000007.</summary>
    public static string Code(int n) => string.Create(CultureInfo.InvariantCulture, $"29{n:D8}");

    public static void AssertAccepted(SubmissionResult result) =>
        Assert.True(result.Accepted && result.Changed, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));

    private static DesignatedInstitutionInput Institution(
        int n, string name, string kind, string? homeCareAreaId, string municipalityCode, string status = DesignatedInstitutionInput.Active) =>
        new(Code(n), name, kind, municipalityCode, homeCareAreaId, ["DAILY_CARE_SUPPORT"], Provides24Hours: false, "2044-04-01", status);
}
