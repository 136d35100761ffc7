namespace HomeCareNational.Bench.Load;

/// <summary>
/// Which designations the edit scenarios change: each toggles one designation's 24-hour flag against the register as
/// loaded, so every edit is a real change (an edit that changes nothing stores nothing). Scenarios take disjoint
/// designations (the sequential edits from the front of each register, freshness from the back; the demo's smallest
/// register, 37 designations, holds the 22 + 3 a full run takes), so one driver run need not know what another changed.
/// </summary>
internal sealed class EditTargets(IReadOnlyDictionary<string, PrefectureRegister> registers)
{
    private readonly string[] prefectures = [.. registers.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The <paramref name="index"/>-th edit, round robin over the prefectures.</summary>
    public (string Prefecture, DesignatedInstitution Edited) Edit(int index, bool fromBack)
    {
        var prefecture = prefectures[index % prefectures.Length];
        var institutions = registers[prefecture].Institutions;
        var round = index / prefectures.Length;
        if (round >= institutions.Length)
        {
            throw new InvalidOperationException($"Prefecture {prefecture} has too few designations ({institutions.Length}) for edit {index}.");
        }

        var original = institutions[fromBack ? institutions.Length - 1 - round : round];
        return (prefecture, original with { Provides24Hours = !original.Provides24Hours, Review = null });
    }
}
