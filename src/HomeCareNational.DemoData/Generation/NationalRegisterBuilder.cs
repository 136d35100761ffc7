using System.Globalization;
using HomeCareNational.DemoData.Distribution;

namespace HomeCareNational.DemoData.Generation;

internal static class NationalRegisterBuilder
{
    /// <summary>Builds the whole register afresh; <see cref="DemoRegister.Generate"/> caches the result.</summary>
    public static IReadOnlyDictionary<string, PrefectureRegister> Build() =>
        NationalPlan.Build().ToImmutableSortedDictionary(plan => plan.Facts.Code, BuildPrefecture, StringComparer.Ordinal);

    private static PrefectureRegister BuildPrefecture(PrefecturePlan plan)
    {
        var prefecture = Prefectures.Get(plan.Facts.Code);
        // Each prefecture draws from its own seeded generator (202433 for Okayama), so the same data come out on
        // every run, and a change to one prefecture's plan does not reshuffle all the others. Seeded Random has kept
        // its sequence since .NET Framework, though the docs do not promise it; DeterminismTests pins a sample.
        var random = new Random((DemoRegister.FiscalYear * 100) + int.Parse(prefecture.Code, CultureInfo.InvariantCulture));
        var areas = AreaBuilder.Build(prefecture, plan.Facts.AreaCount, random);
        var hubs = HubBuilder.Build(prefecture, areas, plan.Hubs, random);
        var institutions = InstitutionBuilder.Build(prefecture, areas, plan.InstitutionsByKind, random);
        // A generator of its own, so that the reports leave the areas, hubs and designations as they were.
        var reports = ActivityReportBuilder.Build(prefecture, hubs, new Random(random.Next() ^ 0x5EED));
        return new PrefectureRegister(areas, hubs, institutions) { ActivityReports = reports };
    }
}
