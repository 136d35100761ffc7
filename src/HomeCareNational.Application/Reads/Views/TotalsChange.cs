namespace HomeCareNational.Application.Reads.Views;

/// <summary>How the totals of the nation, a region or a prefecture changed from a baseline to the totals compared.</summary>
/// <param name="FiscalYear">The fiscal year compared.</param>
/// <param name="BaselineYear">The fiscal year compared to: another year (<c>compareTo</c>) or the same one (<c>changeSince</c>).</param>
/// <param name="Current">The totals compared.</param>
/// <param name="Baseline">The totals compared to.</param>
public sealed record TotalsChange(int FiscalYear, int BaselineYear, RegisterTotals Current, RegisterTotals Baseline)
{
    /// <summary>The version of the totals compared; 0 when there were none.</summary>
    public long Version { get; init; }

    /// <summary>The version of the baseline totals; 0 when there were none.</summary>
    public long BaselineVersion { get; init; }

    /// <summary>For <c>changeSince</c>, the instant the baseline totals were read as of; null for <c>compareTo</c>.</summary>
    public DateTimeOffset? Since { get; init; }

    public static TotalsChange Between(ITotalsView current, ITotalsView baseline) =>
        new(current.FiscalYear, baseline.FiscalYear, current.TotalsOrEmpty(), baseline.TotalsOrEmpty())
        {
            Version = current.Snapshot?.Version ?? 0,
            BaselineVersion = baseline.Snapshot?.Version ?? 0,
        };

    /// <summary>The change from the totals in force at <paramref name="since"/> (<paramref name="then"/>, null when none were yet) to <paramref name="current"/>.</summary>
    public static TotalsChange SinceInstant(ITotalsView current, TotalsSnapshot? then, DateTimeOffset since) =>
        new(current.FiscalYear, current.FiscalYear, current.TotalsOrEmpty(), then?.Totals ?? RegisterTotals.Empty)
        {
            Version = current.Snapshot?.Version ?? 0,
            BaselineVersion = then?.Version ?? 0,
            Since = since,
        };

    public int Total => Current.Designations.Total - Baseline.Designations.Total;

    public int Clinical => Current.Designations.Clinical - Baseline.Designations.Clinical;

    public int NonClinical => Current.Designations.NonClinical - Baseline.Designations.NonClinical;

    public double NonClinicalShare => Current.Designations.NonClinicalShare - Baseline.Designations.NonClinicalShare;

    public int Hubs => Current.Hubs - Baseline.Hubs;

    public int Areas => Current.Areas - Baseline.Areas;

    public int ReviewOpen => Current.Review.Open - Baseline.Review.Open;
}
