using HomeCareNational.DemoData.Figures;

namespace HomeCareNational.DemoData.Distribution;

/// <summary>Shares the published national figures out among the prefectures, and each prefecture's share among kinds.</summary>
internal static class NationalPlan
{
    public static IReadOnlyList<PrefecturePlan> Build()
    {
        var prefectures = PrefectureFacts.All;
        var populations = prefectures.Select(p => p.PopulationThousands).ToList();
        var clinical = Apportionment.LargestRemainder(PublishedFigures.ClinicalDesignations, populations);
        var nonClinical = Apportionment.LargestRemainder(
            PublishedFigures.NonClinicalDesignations,
            prefectures.Select(p => NonClinicalConcentration.WeightByPrefecture.GetValueOrDefault(p.Code)).ToList());
        var hubs = Apportionment.LargestRemainder(PublishedFigures.CollaborationHubs, populations);

        return prefectures
            .Select((facts, i) => new PrefecturePlan(
                facts,
                [.. ByKind(clinical[i], KindMix.Clinical), .. ByKind(nonClinical[i], KindMix.NonClinical)],
                hubs[i]))
            .ToList();
    }

    private static IEnumerable<(InstitutionKind Kind, int Count)> ByKind(int total, IReadOnlyList<Weighted<InstitutionKind>> mix) =>
        mix.Zip(Apportionment.LargestRemainder(total, mix.Select(m => m.Weight).ToList()), (m, count) => (Kind: m.Item, Count: count))
            .Where(x => x.Count > 0);
}
