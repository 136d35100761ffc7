using HomeCareNational.Abstractions.History;

namespace HomeCareNational.Application.Reads.Views;

/// <summary>Totals with a kept history: the nation, a region or a prefecture, read now or as of an earlier instant.</summary>
public interface IHistoricalTotalsView : ITotalsView
{
    /// <summary>Whose totals, as the totals history files them.</summary>
    TotalsScope Scope { get; }

    /// <summary>The instant the totals were read as of (the <c>asOf</c> argument); null for the current totals.</summary>
    DateTimeOffset? ReadAsOf { get; }
}
