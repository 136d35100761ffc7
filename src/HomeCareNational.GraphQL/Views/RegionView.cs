namespace HomeCareNational.GraphQL.Views;

/// <summary>A region's totals for a fiscal year.</summary>
public sealed record RegionView(Region Region, int FiscalYear, TotalsSnapshot? Snapshot) : ITotalsView;
