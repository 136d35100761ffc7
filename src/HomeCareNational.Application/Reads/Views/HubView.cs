namespace HomeCareNational.Application.Reads.Views;

/// <summary>A collaboration hub as its prefecture's register holds it for a fiscal year.</summary>
/// <param name="PrefectureCode">The prefecture whose register holds it.</param>
/// <param name="FiscalYear">The register's fiscal year.</param>
/// <param name="Hub">The hub as submitted.</param>
/// <param name="ActivityReport">The hub's activity report for the fiscal year, or null when it has none.</param>
public sealed record HubView(string PrefectureCode, int FiscalYear, CollaborationHub Hub, HubActivityReport? ActivityReport)
{
    public HubActivityStatus ActivityStatus => HubActivityRule.StatusOf(ActivityReport);
}
