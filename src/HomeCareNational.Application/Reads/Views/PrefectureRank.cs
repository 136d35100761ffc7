namespace HomeCareNational.Application.Reads.Views;

/// <summary>A prefecture's place in the ranking by non-clinical share.</summary>
/// <param name="Rank">1 for the highest share; prefectures with equal shares share a rank, and the next rank counts them all (1, 2, 2, 4).</param>
/// <param name="Prefecture">The prefecture and its totals.</param>
public sealed record PrefectureRank(int Rank, PrefectureView Prefecture)
{
    public double NonClinicalShare => Prefecture.TotalsOrEmpty().Designations.NonClinicalShare;

    /// <summary>
    /// Ranks the prefectures that have designations in force by non-clinical share, highest first, equal shares in
    /// code order. Prefectures without designations have no share and are left out.
    /// </summary>
    public static IReadOnlyList<PrefectureRank> ByNonClinicalShare(IEnumerable<PrefectureView> prefectures)
    {
        var ranked = prefectures
            .Select(p => (View: p, Totals: p.TotalsOrEmpty().Designations))
            .Where(p => p.Totals.Total > 0)
            .OrderByDescending(p => p.Totals, ShareComparer.Instance)
            .ThenBy(p => p.View.Prefecture.Code, StringComparer.Ordinal)
            .ToList();
        var ranks = new List<PrefectureRank>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var tied = i > 0 && ShareComparer.Instance.Compare(ranked[i].Totals, ranked[i - 1].Totals) == 0;
            ranks.Add(new PrefectureRank(tied ? ranks[i - 1].Rank : i + 1, ranked[i].View));
        }

        return ranks;
    }

    /// <summary>Compares non-clinical shares exactly, as fractions, so equal shares tie whatever their totals.</summary>
    private sealed class ShareComparer : IComparer<DesignationTotals>
    {
        public static ShareComparer Instance { get; } = new();

        public int Compare(DesignationTotals? x, DesignationTotals? y) =>
            ((long)x!.NonClinical * y!.Total).CompareTo((long)y.NonClinical * x.Total);
    }
}
