namespace HomeCareNational.GraphQL.Types;

/// <summary>The totals fields the nation, regions and prefectures share, defined once.</summary>
internal static class TotalsFields
{
    public static void AddTotalsFields<TView>(this ObjectGraphType<TView> type)
        where TView : ITotalsView
    {
        type.Field<NonNullGraphType<FiscalYearType>>("fiscalYear").Description("The fiscal year these totals are for.").Resolve(c => c.Source.FiscalYear);
        type.Field<NonNullGraphType<DesignationTotalsType>>("designations")
            .Description("Designated institutions in force.")
            .Resolve(c => Totals(c.Source).Designations);
        type.Field<NonNullGraphType<HubTotalsType>>("hubs").Description("Collaboration hubs.").Resolve(c => Totals(c.Source));
        type.Field<NonNullGraphType<AreaTotalsType>>("areas").Description("Home-care areas.").Resolve(c => Totals(c.Source));
        type.Field<NonNullGraphType<IntGraphType>>("prefecturesReporting")
            .Description("How many prefectures have submitted data for the fiscal year (0 or 1 for a prefecture).")
            .Resolve(c => Totals(c.Source).Prefectures);
        type.Field<NonNullGraphType<LongGraphType>>("version")
            .Description("How many accepted changes these totals include (a region or the nation sums its prefectures); 0 when nothing was submitted. It only grows: compare it to tell fresh from stale.")
            .Resolve(c => c.Source.Snapshot?.Version ?? 0);
        type.Field<DateTimeOffsetGraphType>("asOf")
            .Description("When the latest change included in these totals was accepted; null when nothing was submitted.")
            .Resolve(c => c.Source.Snapshot?.AsOf);
    }

    private static RegisterTotals Totals(ITotalsView view) => view.Snapshot?.Totals ?? RegisterTotals.Empty;
}
