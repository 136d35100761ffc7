using HomeCareNational.Abstractions.History;

namespace HomeCareNational.Application.Reads.Views;

/// <summary>A prefecture's totals for a fiscal year.</summary>
public sealed record PrefectureView(Prefecture Prefecture, Region Region, int FiscalYear, TotalsSnapshot? Snapshot) : IHistoricalTotalsView, IPrefectureScoped
{
    public string PrefectureCode => Prefecture.Code;

    public TotalsScope Scope => TotalsScope.Prefecture(Prefecture.Code);

    public DateTimeOffset? ReadAsOf { get; init; }
}
