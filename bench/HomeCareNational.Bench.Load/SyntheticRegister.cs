using HomeCareNational.DemoData;

namespace HomeCareNational.Bench.Load;

/// <summary>
/// The demo register multiplied: at scale N every prefecture keeps its areas and has N copies of each hub and
/// designation, the copies with codes and names of their own (marked 合成, synthetic). Scale 1 is the demo register
/// itself. Activity reports are left out: the load measured is areas, hubs and designations, the bulk of the data.
/// Deterministic, so separate runs of the driver know what an earlier one loaded.
/// </summary>
internal static class SyntheticRegister
{
    public static int FiscalYear => DemoRegister.FiscalYear;

    public static IReadOnlyDictionary<string, PrefectureRegister> Generate(int scale) =>
        DemoRegister.Generate().ToDictionary(entry => entry.Key, entry => Scale(entry.Value, scale));

    /// <summary>A synthetic institution made from <paramref name="template"/>, with <paramref name="code"/> as its code.</summary>
    public static DesignatedInstitution Copy(DesignatedInstitution template, string code) =>
        template with { InstitutionCode = code, Name = $"{template.Name}（合成 {code}）", Review = null };

    private static PrefectureRegister Scale(PrefectureRegister register, int scale) => scale == 1
        ? register with { ActivityReports = [] }
        : new PrefectureRegister(
            register.Areas,
            [.. Enumerable.Range(0, scale).SelectMany(copy => register.Hubs.Select(hub => copy == 0 ? hub : hub with
            {
                HubId = $"{hub.HubId}-{copy}",
                Name = $"{hub.Name}（合成 {copy}）",
            }))],
            [.. Enumerable.Range(0, scale).SelectMany(copy => register.Institutions.Select(institution => copy == 0
                ? institution with { Review = null }
                : Copy(institution, $"S{copy}-{institution.InstitutionCode}")))]);
}
