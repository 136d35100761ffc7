using System.Globalization;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Analyses;

/// <summary>Registers made of counts, for tests about shares and changes: clinics are clinical, pharmacies not.</summary>
internal static class SmallRegisters
{
    /// <summary>Replaces the prefecture's register for the year: areas A1…, hubs H1… covering A1, then the clinics and pharmacies, all in A1.</summary>
    public static Task SubmitAsync(ServiceFixture service, string prefecture, int year, int clinics, int pharmacies, int areas = 1, int hubs = 0)
    {
        var municipality = prefecture + "201";
        object[] areaList = [.. Enumerable.Range(1, areas).Select(n => new
        {
            areaId = Invariant($"A{n}"),
            name = Invariant($"テスト圏域{n}"),
            unitType = "SECONDARY_MEDICAL_AREA",
            municipalityCodes = new[] { Invariant($"{prefecture}2{n:D2}") },
        })];
        object[] hubList = [.. Enumerable.Range(1, hubs).Select(n => new
        {
            hubId = Invariant($"H{n}"),
            name = Invariant($"テスト拠点{n}"),
            operatorKind = "MUNICIPALITY",
            municipalityCode = municipality,
            areaIds = new[] { "A1" },
        })];
        object[] institutions =
        [
            .. Enumerable.Range(1, clinics).Select(n => RegisterRequests.Institution(Invariant($"{prefecture}{n:D8}"), "CLINIC", municipality)),
            .. Enumerable.Range(clinics + 1, pharmacies).Select(n => RegisterRequests.Institution(Invariant($"{prefecture}{n:D8}"), "PHARMACY", municipality)),
        ];
        return service.ClientFor(AppRoles.PrefectureEditor, prefecture).SubmitRegisterAsync(prefecture, year, areaList, hubList, institutions);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
