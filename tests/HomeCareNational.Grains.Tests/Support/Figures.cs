namespace HomeCareNational.Grains.Tests.Support;

/// <summary>
/// The headline numbers of a <see cref="RegisterTotals"/> as one comparable value. <see cref="RegisterTotals"/>
/// compares its count per kind by reference, so assertions compare these instead; a failure prints every number.
/// </summary>
/// <param name="Designations">Designations in force.</param>
/// <param name="Clinical">Of which hospitals and clinics.</param>
/// <param name="NonClinical">Of which other bodies.</param>
/// <param name="ByKind">The non-zero counts per kind in glossary order, e.g. "Hospital=1, Pharmacy=2".</param>
/// <param name="Hubs">Collaboration hubs.</param>
/// <param name="Areas">Home-care areas.</param>
/// <param name="Prefectures">Prefectures that submitted anything.</param>
public sealed record Figures(int Designations, int Clinical, int NonClinical, string ByKind, int Hubs, int Areas, int Prefectures)
{
    public static Figures None { get; } = Of(RegisterTotals.Empty);

    public static Figures Of(RegisterTotals totals) => new(
        totals.Designations.Total,
        totals.Designations.Clinical,
        totals.Designations.NonClinical,
        string.Join(", ", Enum.GetValues<InstitutionKind>()
            .Select(kind => (Kind: kind, Count: totals.Designations.ByKind.GetValueOrDefault(kind)))
            .Where(c => c.Count != 0)
            .Select(c => $"{c.Kind}={c.Count}")),
        totals.Hubs,
        totals.Areas,
        totals.Prefectures);

    /// <summary>The figures of a snapshot; none when there is no snapshot (nothing submitted).</summary>
    public static Figures Of(TotalsSnapshot? snapshot) => snapshot is null ? None : Of(snapshot.Totals);

    public static Figures Sum(IEnumerable<RegisterTotals> parts) => Of(RegisterTotals.Sum(parts));
}
