using System.Globalization;
using HomeCareNational.DemoData.Figures;

namespace HomeCareNational.DemoData.Generation;

internal static class AreaBuilder
{
    /// <summary>Keeps the municipality's place in its area a single digit, so codes cannot collide across areas.</summary>
    private const int MaxMunicipalitiesPerArea = 7;

    public static ImmutableArray<HomeCareArea> Build(Prefecture prefecture, int count, Random random) =>
        Enumerable.Range(1, count).Select(number => Area(prefecture, number, random)).ToImmutableArray();

    private static HomeCareArea Area(Prefecture prefecture, int number, Random random)
    {
        var unit = random.Pick(KindMix.AreaUnits);
        // An area drawn by municipality is that one municipality.
        var municipalities = unit == AreaUnitType.Municipality ? 1 : random.Next(2, MaxMunicipalitiesPerArea + 1);
        return new HomeCareArea(
            string.Create(CultureInfo.InvariantCulture, $"A{prefecture.Code}-{number:D2}"),
            DemoNames.Area(prefecture, number, unit),
            unit,
            Enumerable.Range(1, municipalities).Select(place => MunicipalityCode(prefecture, number, place)).ToImmutableArray());
    }

    /// <summary>Shaped like a JIS X 0402 code (prefecture code and three digits) but invented: the area number, then the place in it.</summary>
    private static string MunicipalityCode(Prefecture prefecture, int areaNumber, int place) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefecture.Code}{(areaNumber * 10) + place:D3}");
}
