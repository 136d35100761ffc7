namespace HomeCareNational.DemoData.Figures;

/// <summary>Which prefectures the demo lets designate non-clinical bodies, and in what proportion.</summary>
internal static class NonClinicalConcentration
{
    /// <summary>
    /// The sources say only that such designations were made "in some prefectures", so the demo invents a
    /// concentration: nine prefectures hold all 2,959, three of them most. The weights are percentages.
    /// </summary>
    public static IReadOnlyDictionary<string, int> WeightByPrefecture { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["27"] = 30,
        ["40"] = 20,
        ["01"] = 14,
        ["28"] = 10,
        ["34"] = 8,
        ["43"] = 6,
        ["15"] = 5,
        ["20"] = 4,
        ["33"] = 3,
    };
}
