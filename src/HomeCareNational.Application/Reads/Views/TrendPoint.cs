namespace HomeCareNational.Application.Reads.Views;

/// <summary>The totals of the nation, a region or a prefecture in force at one instant of a trend.</summary>
/// <param name="At">The instant.</param>
/// <param name="Snapshot">The totals answered at that instant; null when none were yet.</param>
public sealed record TrendPoint(DateTimeOffset At, TotalsSnapshot? Snapshot)
{
    public RegisterTotals Totals => Snapshot?.Totals ?? RegisterTotals.Empty;
}
