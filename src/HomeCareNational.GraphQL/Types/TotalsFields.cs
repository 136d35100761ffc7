namespace HomeCareNational.GraphQL.Types;

/// <summary>The totals fields the nation, regions and prefectures share, defined once.</summary>
internal static class TotalsFields
{
    /// <param name="type">The graph type of the nation, a region or a prefecture.</param>
    /// <param name="atYear">Reads the same nation, region or prefecture for another fiscal year.</param>
    public static void AddTotalsFields<TView>(this ObjectGraphType<TView> type, Func<TotalsReader, TView, int, Task<ITotalsView>> atYear)
        where TView : ITotalsView
    {
        type.Field<NonNullGraphType<FiscalYearType>>("fiscalYear").Description("The fiscal year these totals are for.").Resolve(c => c.Source.FiscalYear);
        type.Field<NonNullGraphType<DesignationTotalsType>>("designations")
            .Description("Designated institutions in force.")
            .Resolve(c => c.Source.TotalsOrEmpty().Designations);
        type.Field<NonNullGraphType<HubTotalsType>>("hubs").Description("Collaboration hubs.").Resolve(c => c.Source.TotalsOrEmpty());
        type.Field<NonNullGraphType<AreaTotalsType>>("areas").Description("Home-care areas.").Resolve(c => c.Source.TotalsOrEmpty());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanIndicatorValueType>>>>("indicators")
            .Description("The plan indicators the register can count, each counted over the designations in force, in the order of the plan guidance. Indicators that need data the register does not hold (訪問歯科診療, 訪問薬剤指導, 機能強化型訪問看護ステーション, 在宅療養支援歯科診療所, 退院支援ルール) are not listed.")
            .Resolve(c => PlanIndicators.All.Select(i => new IndicatorValue(i.Indicator, c.Source.TotalsOrEmpty().Indicators.GetValueOrDefault(i.Indicator))).ToList());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubActivityStatusCountType>>>>("hubsByActivityStatus")
            .Description("Collaboration hubs per activity status in the fiscal year, every status listed (zeros included): ACTIVE, PARTLY_ACTIVE, INACTIVE, NOT_REPORTED.")
            .Resolve(c => Enum.GetValues<HubActivityStatus>().Select(s => new ActivityStatusCount(s, c.Source.TotalsOrEmpty().HubsByActivityStatus.GetValueOrDefault(s))).ToList());
        type.Field<NonNullGraphType<IntGraphType>>("areasWithoutActiveHub")
            .Description("Home-care areas that no ACTIVE collaboration hub covers, areas without any hub included.")
            .Resolve(c => c.Source.TotalsOrEmpty().AreasWithoutActiveHub);
        type.Field<NonNullGraphType<ReviewTotalsType>>("review")
            .Description("Progress of the review of non-clinical designations (非医療機関の指定の見直し).")
            .Resolve(c => c.Source.TotalsOrEmpty().Review);
        type.Field<NonNullGraphType<IntGraphType>>("prefecturesReporting")
            .Description("How many prefectures have submitted data for the fiscal year (0 or 1 for a prefecture).")
            .Resolve(c => c.Source.TotalsOrEmpty().Prefectures);
        type.Field<NonNullGraphType<LongGraphType>>("version")
            .Description("How many accepted changes these totals include (a region or the nation sums its prefectures); 0 when nothing was submitted. It only grows: compare it to tell fresh from stale.")
            .Resolve(c => c.Source.Snapshot?.Version ?? 0);
        type.Field<DateTimeOffsetGraphType>("asOf")
            .Description("When the latest change included in these totals was accepted; null when nothing was submitted.")
            .Resolve(c => c.Source.Snapshot?.AsOf);
        type.Field<NonNullGraphType<TotalsChangeType>>("compareTo")
            .Description("How these totals changed since another fiscal year: this year's figures minus that year's. VALIDATION_FAILED for a year the service does not keep.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", "The baseline fiscal year, e.g. 2024 for 令和6年度; earlier or later than this one.")
            .ResolveAsync(async c => TotalsChange.Between(c.Source, await atYear(Readers.Totals(c), c.Source, c.GetArgument<int>("fiscalYear"))));
    }
}
