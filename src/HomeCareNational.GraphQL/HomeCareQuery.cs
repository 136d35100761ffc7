using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Types;

namespace HomeCareNational.GraphQL;

/// <summary>The root query: national, regional and prefectural totals and the reference data.</summary>
public sealed class HomeCareQuery : ObjectGraphType
{
    private const string FiscalYearDescription = "The fiscal year, e.g. 2024 for 令和6年度. Default: the latest year with data.";

    public HomeCareQuery()
    {
        Name = "Query";
        Description = "Read the home-care designations of Japan: national, regional and prefectural totals per fiscal year, and a prefecture's register.";

        Field<NonNullGraphType<NationalType>>("national")
            .Description("Totals for all of Japan. Cheap to poll: served by one aggregate grain that prefectures' changes are pushed to.")
            .Argument<IntGraphType>("fiscalYear", FiscalYearDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Reader(c).NationalAsync(c.GetArgument<int?>("fiscalYear")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Description("Every region of the configured grouping with its totals.")
            .Argument<IntGraphType>("fiscalYear", FiscalYearDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Reader(c).RegionsAsync(c.GetArgument<int?>("fiscalYear")));

        Field<RegionType>("region")
            .Description("One region by its code; a NOT_FOUND error for an unknown code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The region's code, e.g. chugoku.")
            .Argument<IntGraphType>("fiscalYear", FiscalYearDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Reader(c).RegionAsync(c.GetArgument<string>("code"), c.GetArgument<int?>("fiscalYear")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrefectureType>>>>("prefectures")
            .Description("All 47 prefectures with their totals, in JIS code order.")
            .Argument<IntGraphType>("fiscalYear", FiscalYearDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Reader(c).PrefecturesAsync(c.GetArgument<int?>("fiscalYear")));

        Field<PrefectureType>("prefecture")
            .Description("One prefecture by its JIS code; a NOT_FOUND error for an unknown code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "JIS X 0401 code, \"01\" to \"47\".")
            .Argument<IntGraphType>("fiscalYear", "The fiscal year, e.g. 2024. Default: the prefecture's latest year with data.")
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Reader(c).PrefectureAsync(c.GetArgument<string>("code"), c.GetArgument<int?>("fiscalYear")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FiscalYearType>>>>("fiscalYears")
            .Description("Fiscal years with data anywhere in the country, oldest first.")
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Reader(c).FiscalYearsAsync());
    }

    private static TotalsReader Reader(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TotalsReader>();
}
