namespace HomeCareNational.Application.Reads.Views;

/// <summary>Reading the totals of an <see cref="ITotalsView"/>.</summary>
public static class TotalsViews
{
    /// <summary>The totals, all zero when nothing was submitted for the fiscal year.</summary>
    public static RegisterTotals TotalsOrEmpty(this ITotalsView view) => view.Snapshot?.Totals ?? RegisterTotals.Empty;
}
