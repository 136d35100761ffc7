namespace HomeCareNational.Application.Reads.Views;

/// <summary>Something the API shows totals of: the nation, a region or a prefecture, for one fiscal year.</summary>
public interface ITotalsView
{
    int FiscalYear { get; }

    /// <summary>The totals, or null when nothing was submitted for the fiscal year.</summary>
    TotalsSnapshot? Snapshot { get; }
}
