using HomeCareNational.GraphQL.Connections;
using System.Globalization;
using HomeCareNational.Domain.Validation;
using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.GraphQL.Types;

namespace HomeCareNational.GraphQL;

/// <summary>The root query: national, regional and prefectural totals, the analyses, any object by its id, and the reference data.</summary>
public sealed class HomeCareQuery : ObjectGraphType
{
    private const string RankingFirstArgument = "first";
    private const string FiscalYearDescription = "The fiscal year, e.g. 2024 for 令和6年度. Default: the latest year with data.";

    public HomeCareQuery()
    {
        Name = "Query";
        Description = "Read the home-care designations of Japan: national, regional and prefectural totals per fiscal year, the analyses the ministry asks for, a prefecture's register, and any object by its id.";

        Field<NonNullGraphType<NationalType>>("national")
            .Description("Totals for all of Japan. Cheap to poll: served by one aggregate grain that prefectures' changes are pushed to.")
            .Argument<IntGraphType>("fiscalYear", FiscalYearDescription)
            .Argument<DateTimeOffsetGraphType>(HistoryArguments.AsOf, HistoryArguments.AsOfDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Readers.Totals(c).NationalAsync(c.GetArgument<int?>("fiscalYear"), AsOf(c)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Description("Every region of the configured grouping with its totals.")
            .Argument<IntGraphType>("fiscalYear", FiscalYearDescription)
            .Argument<DateTimeOffsetGraphType>(HistoryArguments.AsOf, HistoryArguments.AsOfDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Readers.Totals(c).RegionsAsync(c.GetArgument<int?>("fiscalYear"), AsOf(c)));

        Field<RegionType>("region")
            .Description("One region by its code; a NOT_FOUND error for an unknown code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The region's code, e.g. chugoku.")
            .Argument<IntGraphType>("fiscalYear", FiscalYearDescription)
            .Argument<DateTimeOffsetGraphType>(HistoryArguments.AsOf, HistoryArguments.AsOfDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Readers.Totals(c).RegionAsync(c.GetArgument<string>("code"), c.GetArgument<int?>("fiscalYear"), AsOf(c)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrefectureType>>>>("prefectures")
            .Description("All 47 prefectures with their totals, in JIS code order.")
            .Argument<IntGraphType>("fiscalYear", FiscalYearDescription)
            .Argument<DateTimeOffsetGraphType>(HistoryArguments.AsOf, HistoryArguments.AsOfDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Readers.Totals(c).PrefecturesAsync(c.GetArgument<int?>("fiscalYear"), AsOf(c)));

        Field<PrefectureType>("prefecture")
            .Description("One prefecture by its JIS code; a NOT_FOUND error for an unknown code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "JIS X 0401 code, \"01\" to \"47\".")
            .Argument<IntGraphType>("fiscalYear", "The fiscal year, e.g. 2024. Default: the prefecture's latest year with data.")
            .Argument<DateTimeOffsetGraphType>(HistoryArguments.AsOf, HistoryArguments.AsOfDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Readers.Totals(c).PrefectureAsync(c.GetArgument<string>("code"), c.GetArgument<int?>("fiscalYear"), AsOf(c)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FiscalYearType>>>>("fiscalYears")
            .Description("Fiscal years with data anywhere in the country, oldest first.")
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Readers.Totals(c).FiscalYearsAsync());

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrefectureRankType>>>>("prefecturesRankedByNonClinicalShare")
            .Description("Prefectures ranked by the share of their designations in force that are not hospitals or clinics, highest first; equal shares in code order. Prefectures without designations in force are left out. Served by the region aggregates, like `prefectures`.")
            .Argument<IntGraphType>("fiscalYear", FiscalYearDescription)
            .Argument<NonNullGraphType<IntGraphType>>(
                RankingFirstArgument,
                $"How many of the top places to list, 1 to {Prefectures.All.Count}.",
                a => a.DefaultValue = Prefectures.All.Count)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int>(RankingFirstArgument);
                if (first is < 1 || first > Prefectures.All.Count)
                {
                    throw HomeCareErrors.Invalid(new ValidationError(
                        [RankingFirstArgument], string.Create(CultureInfo.InvariantCulture, $"{RankingFirstArgument} is {first}; list 1 to {Prefectures.All.Count} places.")));
                }

                return PrefectureRank.ByNonClinicalShare(await Readers.Totals(c).PrefecturesAsync(c.GetArgument<int?>("fiscalYear"))).Take(first).ToList();
            });

        Field<NodeInterface>("node")
            .Description("Any object by its global id (Relay's object identification): the nation, a region or a prefecture for a fiscal year, or an institution, hub or area of a prefecture's register. An institution, hub or area needs the same access as its prefecture's register (FORBIDDEN otherwise); an id that is garbled or names nothing is NOT_FOUND.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The object's `id`.")
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await NodeResolver.ResolveAsync(c, c.GetArgument<string>("id")));

        ReportingRoundFields.AddQuery(this);
        this.AddNationalLists();
    }

    private static DateTimeOffset? AsOf(IResolveFieldContext context) => HistoryArguments.OptionalInstant(context, HistoryArguments.AsOf);
}
