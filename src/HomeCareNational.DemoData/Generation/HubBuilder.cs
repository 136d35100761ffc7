using System.Globalization;
using HomeCareNational.DemoData.Figures;

namespace HomeCareNational.DemoData.Generation;

internal static class HubBuilder
{
    /// <summary>Every fifth hub also covers the next area, so that the demo has hubs spanning more than one area.</summary>
    private const int SharedHubInterval = 5;

    /// <summary>Deals the hubs round the areas, so that every area has one as long as there are at least as many hubs as areas.</summary>
    public static ImmutableArray<CollaborationHub> Build(Prefecture prefecture, IReadOnlyList<HomeCareArea> areas, int count, Random random) =>
        Enumerable.Range(0, count).Select(index => Hub(prefecture, areas, index, random)).ToImmutableArray();

    private static CollaborationHub Hub(Prefecture prefecture, IReadOnlyList<HomeCareArea> areas, int index, Random random)
    {
        var home = areas[index % areas.Count];
        var round = index / areas.Count;
        var covered = index % SharedHubInterval == SharedHubInterval - 1 && areas.Count > 1
            ? ImmutableArray.Create(home.AreaId, areas[(index + 1) % areas.Count].AreaId)
            : [home.AreaId];
        var operatorKind = random.Pick(KindMix.HubOperators);
        var number = index + 1;
        return new CollaborationHub(
            string.Create(CultureInfo.InvariantCulture, $"H{prefecture.Code}-{number:D3}"),
            DemoNames.Hub(prefecture, number, operatorKind),
            operatorKind,
            home.MunicipalityCodes[round % home.MunicipalityCodes.Length],
            covered);
    }
}
