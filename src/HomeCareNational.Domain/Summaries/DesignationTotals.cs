using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Summaries;

/// <summary>Counts of designations in force, split clinical / non-clinical and by kind.</summary>
/// <param name="Total">Designations in force.</param>
/// <param name="Clinical">Of which hospitals and clinics.</param>
/// <param name="NonClinical">Of which other bodies.</param>
/// <param name="ByKind">Count per kind; every kind is present, zero included.</param>
[GenerateSerializer, Immutable]
public sealed record DesignationTotals(
    [property: Id(0)] int Total,
    [property: Id(1)] int Clinical,
    [property: Id(2)] int NonClinical,
    [property: Id(3)] IReadOnlyDictionary<InstitutionKind, int> ByKind)
{
    public static DesignationTotals Empty { get; } = FromCounts(EnumCounts.Of<InstitutionKind>([]));

    /// <summary>Share of non-clinical designations in the total, 0 when there are none.</summary>
    public double NonClinicalShare => Total == 0 ? 0 : (double)NonClinical / Total;

    /// <summary>Totals of the designations in force (withdrawn ones are not counted).</summary>
    public static DesignationTotals Of(IEnumerable<DesignatedInstitution> institutions) =>
        FromCounts(EnumCounts.Of(institutions.Where(i => i.Status == DesignationStatus.Active).Select(i => i.Kind)));

    public static DesignationTotals Sum(IEnumerable<DesignationTotals> parts) => FromCounts(EnumCounts.Sum(parts.Select(p => p.ByKind)));

    /// <summary>Value equality, the counts per kind compared kind by kind.</summary>
    public bool Equals(DesignationTotals? other) =>
        other is not null && Total == other.Total && Clinical == other.Clinical && NonClinical == other.NonClinical
        && EnumCounts.Same(ByKind, other.ByKind);

    public override int GetHashCode() => HashCode.Combine(Total, Clinical, NonClinical);

    private static DesignationTotals FromCounts(Dictionary<InstitutionKind, int> byKind)
    {
        var clinical = byKind.Where(c => c.Key.IsClinical()).Sum(c => c.Value);
        var nonClinical = byKind.Where(c => !c.Key.IsClinical()).Sum(c => c.Value);
        return new DesignationTotals(clinical + nonClinical, clinical, nonClinical, byKind);
    }
}
