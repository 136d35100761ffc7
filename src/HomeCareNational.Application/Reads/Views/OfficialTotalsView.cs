namespace HomeCareNational.Application.Reads.Views;

/// <summary>A round's official figures for the nation, a region or a prefecture: the sum of the accepted versions.</summary>
/// <param name="FiscalYear">The round's fiscal year.</param>
/// <param name="Snapshot">The summed totals; its version is the sum of the accepted versions.</param>
/// <param name="Final">True once the round is closed: the figures no longer change.</param>
/// <param name="PrefectureCodes">The prefectures summed (those of the scope); the ones with an accepted version are included.</param>
public sealed record OfficialTotalsView(int FiscalYear, TotalsSnapshot Snapshot, bool Final, IReadOnlyList<string> PrefectureCodes) : ITotalsView
{
    TotalsSnapshot? ITotalsView.Snapshot => Snapshot;
}
