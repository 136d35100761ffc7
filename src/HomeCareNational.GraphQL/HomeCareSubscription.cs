using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Subscriptions;
using HomeCareNational.GraphQL.Types;

namespace HomeCareNational.GraphQL;

/// <summary>The root subscription: live national, regional and prefectural totals, over GraphQL over Server-Sent Events.</summary>
public sealed class HomeCareSubscription : ObjectGraphType
{
    private const string FiscalYearDescription = "The fiscal year to follow, e.g. 2024 for 令和6年度. Default: the latest year with data when the subscription starts.";

    public HomeCareSubscription()
    {
        Name = "Subscription";
        Description = "Live totals for dashboards, over GraphQL over Server-Sent Events (POST or GET /graphql with Accept: text/event-stream): the current totals first, then new totals within a second of each accepted change.";

        Field<NonNullGraphType<NationalType>>("nationalTotals")
            .Description("The national totals for one fiscal year: now, then after every change.")
            .Argument<IntGraphType>("fiscalYear", FiscalYearDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveStreamAsync(async c =>
            {
                var reader = Readers.Totals(c);
                var view = await reader.NationalAsync(c.GetArgument<int?>("fiscalYear"));
                return Live(c, TotalsLevel.National, INationalGrain.Key, view.FiscalYear,
                    async () => await reader.NationalAsync(view.FiscalYear),
                    snapshot => new NationalView(view.FiscalYear, snapshot));
            });

        Field<NonNullGraphType<RegionType>>("regionTotals")
            .Description("One region's totals for one fiscal year: now, then after every change; a NOT_FOUND error for an unknown code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The region's code, e.g. chugoku.")
            .Argument<IntGraphType>("fiscalYear", FiscalYearDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveStreamAsync(async c =>
            {
                var reader = Readers.Totals(c);
                var view = await reader.RegionAsync(c.GetArgument<string>("code"), c.GetArgument<int?>("fiscalYear"));
                return Live(c, TotalsLevel.Region, view.Region.Code, view.FiscalYear,
                    async () => await reader.RegionAsync(view.Region.Code, view.FiscalYear),
                    snapshot => view with { Snapshot = snapshot });
            });

        Field<NonNullGraphType<PrefectureType>>("prefectureTotals")
            .Description("One prefecture's totals for one fiscal year: now, then after every change; a NOT_FOUND error for an unknown code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "JIS X 0401 code, \"01\" to \"47\".")
            .Argument<IntGraphType>("fiscalYear", "The fiscal year to follow, e.g. 2024. Default: the prefecture's latest year with data when the subscription starts.")
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveStreamAsync(async c =>
            {
                var reader = Readers.Totals(c);
                var view = await reader.PrefectureAsync(c.GetArgument<string>("code"), c.GetArgument<int?>("fiscalYear"));
                return Live(c, TotalsLevel.Prefecture, view.Prefecture.Code, view.FiscalYear,
                    async () => await reader.PrefectureAsync(view.Prefecture.Code, view.FiscalYear),
                    snapshot => view with { Snapshot = snapshot });
            });
    }

    private static LiveTotals Live(
        IResolveFieldContext context, TotalsLevel level, string code, int fiscalYear, Func<Task<ITotalsView>> readCurrent, Func<TotalsSnapshot, ITotalsView> toView) =>
        new(context.RequestServices!.GetRequiredService<TotalsChangeFeed>(), level, code, fiscalYear, readCurrent, toView);
}
