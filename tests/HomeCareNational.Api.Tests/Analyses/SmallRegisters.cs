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
        HomeCareAreaInput[] areaList = [.. Enumerable.Range(1, areas).Select(n => new HomeCareAreaInput(
            Invariant($"A{n}"), Invariant($"テスト圏域{n}"), "SECONDARY_MEDICAL_AREA", [Invariant($"{prefecture}2{n:D2}")]))];
        CollaborationHubInput[] hubList = [.. Enumerable.Range(1, hubs).Select(n => new CollaborationHubInput(
            Invariant($"H{n}"), Invariant($"テスト拠点{n}"), "MUNICIPALITY", municipality, ["A1"]))];
        DesignatedInstitutionInput[] institutions =
        [
            .. Enumerable.Range(1, clinics).Select(n => RegisterRequests.Institution(Invariant($"{prefecture}{n:D8}"), "CLINIC", municipality)),
            .. Enumerable.Range(clinics + 1, pharmacies).Select(n => RegisterRequests.Institution(Invariant($"{prefecture}{n:D8}"), "PHARMACY", municipality)),
        ];
        return service.ClientFor(AppRoles.PrefectureEditor, prefecture).SubmitRegisterAsync(prefecture, year, areaList, hubList, institutions);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
