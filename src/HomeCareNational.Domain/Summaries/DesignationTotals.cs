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
    public static DesignationTotals Empty { get; } = FromCounts(Enum.GetValues<InstitutionKind>().ToDictionary(k => k, _ => 0));

    /// <summary>Share of non-clinical designations in the total, 0 when there are none.</summary>
    public double NonClinicalShare => Total == 0 ? 0 : (double)NonClinical / Total;

    /// <summary>Totals of the designations in force (withdrawn ones are not counted).</summary>
    public static DesignationTotals Of(IEnumerable<DesignatedInstitution> institutions)
    {
        var counted = institutions.Where(i => i.Status == DesignationStatus.Active).CountBy(i => i.Kind).ToDictionary();
        return FromCounts(Enum.GetValues<InstitutionKind>().ToDictionary(kind => kind, kind => counted.GetValueOrDefault(kind)));
    }

    public static DesignationTotals Sum(IEnumerable<DesignationTotals> parts)
    {
        var list = parts.ToList();
        return FromCounts(Enum.GetValues<InstitutionKind>().ToDictionary(kind => kind, kind => list.Sum(p => p.ByKind.GetValueOrDefault(kind))));
    }

    private static DesignationTotals FromCounts(Dictionary<InstitutionKind, int> byKind)
    {
        var clinical = byKind.Where(c => c.Key.IsClinical()).Sum(c => c.Value);
        var nonClinical = byKind.Where(c => !c.Key.IsClinical()).Sum(c => c.Value);
        return new DesignationTotals(clinical + nonClinical, clinical, nonClinical, byKind);
    }
}
