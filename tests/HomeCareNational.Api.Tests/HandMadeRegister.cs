using System.Globalization;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests;

/// <summary>
/// A register written out by hand, for tests that list, filter, sort and identify its items: 福岡県 (40) in
/// <see cref="Year"/>, claimed whole, so the year's national totals are the register's own. Four areas, three hubs and
/// 23 designations, two of them withdrawn. The institution codes 4000000001–4000000023 run in another order than the
/// names, so sorting by code and by name differ.
/// </summary>
[WritesRegisters(Year)]
public static class HandMadeRegister
{
    public const string Prefecture = "40";
    public const int Year = 2032;

    /// <summary>Areas A1–A4; their names sort the other way round (西 &gt; 東 &gt; 南 &gt; 北 in code points). No hub covers A3 or A4; no designation in force is in A4.</summary>
    public static HomeCareAreaInput[] Areas { get; } =
    [
        new("A1", "西部圏域", "SECONDARY_MEDICAL_AREA", ["40131", "40132"]),
        new("A2", "東部圏域", "MUNICIPALITY", ["40202"]),
        new("A3", "南部圏域", "HEALTH_CENTER_AREA", ["40203"]),
        new("A4", "北部圏域", "SECONDARY_MEDICAL_AREA", ["40204"]),
    ];

    /// <summary>Hubs H1–H3; by name (保 &lt; 医 &lt; 市) they run H3, H1, H2.</summary>
    public static CollaborationHubInput[] Hubs { get; } =
    [
        new("H1", "医師会在宅医療連携拠点", "MEDICAL_ASSOCIATION", "40131", ["A1", "A2"]),
        new("H2", "市在宅医療連携拠点", "MUNICIPALITY", "40202", ["A2"]),
        new("H3", "保健所在宅医療連携拠点", "PUBLIC_HEALTH_CENTER", "40203", ["A1"]),
    ];

    public static DesignatedInstitutionInput[] Institutions { get; } =
    [
        Institution(1, "あおば在宅クリニック", "HOME_CARE_SUPPORT_CLINIC", "A1", "40131", "2032-04-01", endOfLife: true, aroundTheClock: true),
        Institution(2, "さくら在宅クリニック", "ENHANCED_HOME_CARE_SUPPORT_CLINIC", "A1", "40131", "2032-04-02", endOfLife: true, aroundTheClock: true),
        Institution(3, "なぎさ在宅クリニック", "HOME_CARE_SUPPORT_CLINIC", "A2", "40202", "2032-05-20", endOfLife: true),
        Institution(4, "くすのき居宅介護支援事業所", "CARE_MANAGEMENT_OFFICE", "A2", "40202", "2032-08-01"),
        Institution(5, "つばさ病院", "HOSPITAL", "A3", "40203", "2032-06-15"),
        Institution(6, "おおぞら歯科", "DENTAL_CLINIC", "A1", "40131", "2032-04-01", status: "WITHDRAWN"),
        Institution(7, "そよかぜ診療所", "CLINIC", "A2", "40202", "2032-04-25"),
        Institution(8, "いずみ薬局", "PHARMACY", "A2", "40202", "2032-05-10"),
        Institution(9, "しおかぜ訪問看護ステーション", "VISITING_NURSE_STATION", "A2", "40202", "2032-10-01"),
        Institution(10, "にじ短期入所", "SHORT_STAY_FACILITY", "A3", "40203", "2033-03-01"),
        Institution(11, "けやき病院", "HOME_CARE_SUPPORT_HOSPITAL", "A1", "40131", "2032-05-01", endOfLife: true),
        Institution(12, "てまり歯科", "DENTAL_CLINIC", "A2", "40202", "2032-07-20", endOfLife: true),
        Institution(13, "かもめ病院", "HOME_CARE_BACKUP_HOSPITAL", "A2", "40202", "2032-07-01"),
        Institution(14, "たいよう薬局", "PHARMACY", "A1", "40131", "2032-12-01"),
        Institution(15, "うみの病院", "HOSPITAL", "A1", "40131", "2032-04-15", endOfLife: true),
        Institution(16, "すずらん病院", "ENHANCED_HOME_CARE_SUPPORT_HOSPITAL", "A1", "40131", "2032-04-03"),
        Institution(17, "ぬまた保健所", "PUBLIC_HEALTH_CENTER", "A1", "40131", "2032-08-15"),
        Institution(18, "こもれび薬局", "PHARMACY", "A3", "40203", "2032-09-01", status: "WITHDRAWN"),
        Institution(19, "ときわ市", "MUNICIPALITY", null, "40202", "2033-02-01"),
        Institution(20, "きぼう診療所", "CLINIC", null, "40131", "2032-04-20"),
        Institution(21, "ちどり医師会", "MEDICAL_ASSOCIATION", "A1", "40131", "2033-01-05"),
        Institution(22, "えがお訪問看護ステーション", "VISITING_NURSE_STATION", "A3", "40203", "2032-06-01", aroundTheClock: true),
        Institution(23, "せせらぎ地域包括支援センター", "COMMUNITY_COMPREHENSIVE_SUPPORT_CENTER", "A3", "40203", "2032-11-01"),
    ];

    /// <summary>Every institution code, in code order.</summary>
    public static IReadOnlyList<string> InstitutionCodes { get; } = [.. Enumerable.Range(1, 23).Select(Code)];

    /// <summary>Submits the register; resubmitting it unchanged changes nothing, so every test class may.</summary>
    public static Task SubmitAsync(ServiceFixture service) =>
        service.ClientFor(AppRoles.PrefectureEditor, Prefecture).SubmitRegisterAsync(Prefecture, Year, Areas, Hubs, Institutions);

    /// <summary>The institution code of designation <paramref name="n"/>, e.g. 4000000007.</summary>
    public static string Code(int n) => string.Create(CultureInfo.InvariantCulture, $"40{n:D8}");

    private static DesignatedInstitutionInput Institution(
        int n, string name, string kind, string? homeCareAreaId, string municipalityCode, string designatedOn,
        bool endOfLife = false, bool aroundTheClock = false, string status = DesignatedInstitutionInput.Active) =>
        new(Code(n), name, kind, municipalityCode, homeCareAreaId,
            endOfLife ? ["DAILY_CARE_SUPPORT", "END_OF_LIFE_CARE"] : ["DAILY_CARE_SUPPORT"], aroundTheClock, designatedOn, status);
}
