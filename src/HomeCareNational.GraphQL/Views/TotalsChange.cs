namespace HomeCareNational.GraphQL.Views;

/// <summary>How the totals of the nation, a region or a prefecture changed from a baseline fiscal year to another.</summary>
/// <param name="FiscalYear">The fiscal year compared.</param>
/// <param name="BaselineYear">The fiscal year compared to.</param>
/// <param name="Current">The totals of <paramref name="FiscalYear"/>.</param>
/// <param name="Baseline">The totals of <paramref name="BaselineYear"/>.</param>
public sealed record TotalsChange(int FiscalYear, int BaselineYear, RegisterTotals Current, RegisterTotals Baseline)
{
    public static TotalsChange Between(ITotalsView current, ITotalsView baseline) =>
        new(current.FiscalYear, baseline.FiscalYear, current.TotalsOrEmpty(), baseline.TotalsOrEmpty());

    public int Total => Current.Designations.Total - Baseline.Designations.Total;

    public int Clinical => Current.Designations.Clinical - Baseline.Designations.Clinical;

    public int NonClinical => Current.Designations.NonClinical - Baseline.Designations.NonClinical;

    public double NonClinicalShare => Current.Designations.NonClinicalShare - Baseline.Designations.NonClinicalShare;

    public int Hubs => Current.Hubs - Baseline.Hubs;

    public int Areas => Current.Areas - Baseline.Areas;
}
