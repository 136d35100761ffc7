using System.Globalization;

namespace HomeCareNational.GraphQL.Types;

/// <summary>The fields of the nation, regions and prefectures that read their totals history, defined once.</summary>
internal static class TotalsHistoryFields
{
    private const string Since = "since";
    private const string From = "from";
    private const string To = "to";
    private const string Points = "points";

    public static void AddTotalsHistoryFields<TView>(this ObjectGraphType<TView> type)
        where TView : IHistoricalTotalsView
    {
        type.Field<NonNullGraphType<TotalsChangeType>>("changeSince")
            .Description("How these totals changed since an instant of the same fiscal year: these figures minus those in force at `since`, exactly as answered then (all zero if nothing was in force yet). VALIDATION_FAILED for an instant in the future.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>(Since, "The instant whose totals are the baseline, e.g. 2025-01-01T00:00:00+09:00.")
            .ResolveAsync(async c =>
            {
                var since = HistoryArguments.Instant(c, Since);
                return TotalsChange.SinceInstant(c.Source, await Readers.Totals(c).SnapshotAsOfAsync(c.Source.Scope, c.Source.FiscalYear, since), since);
            });

        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrendPointType>>>>("trend")
            .Description($"The totals of the fiscal year at evenly spaced instants from `from` to `to`, both included, oldest first: each exactly as answered at that instant. For charts, e.g. of the non-clinical designations whose review is still open. VALIDATION_FAILED for an instant in the future, `from` not before `to`, or `points` outside {TrendInstants.MinPoints}–{TrendInstants.MaxPoints}.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>(From, "The first instant.")
            .Argument<DateTimeOffsetGraphType>(To, "The last instant. Default: now.")
            .Argument<NonNullGraphType<IntGraphType>>(
                Points,
                $"How many instants, {TrendInstants.MinPoints} to {TrendInstants.MaxPoints}.",
                a => a.DefaultValue = TrendInstants.DefaultPoints)
            .ResolveAsync(async c =>
            {
                var reader = Readers.Totals(c);
                var from = HistoryArguments.Instant(c, From);
                var to = HistoryArguments.OptionalInstant(c, To) ?? reader.Now;
                var points = c.GetArgument<int>(Points);
                if (points is < TrendInstants.MinPoints or > TrendInstants.MaxPoints)
                {
                    throw HistoryArguments.Invalid(Points, string.Create(CultureInfo.InvariantCulture,
                        $"{Points} is {points}; a trend has {TrendInstants.MinPoints} to {TrendInstants.MaxPoints} points."));
                }

                if (from >= to)
                {
                    throw HistoryArguments.Invalid(From, string.Create(CultureInfo.InvariantCulture, $"{From} is {from:O}, not before {To} ({to:O})."));
                }

                var instants = TrendInstants.Between(from, to, points);
                var snapshots = await Task.WhenAll(instants.Select(at => reader.SnapshotAsOfAsync(c.Source.Scope, c.Source.FiscalYear, at)));
                return instants.Zip(snapshots, (at, snapshot) => new TrendPoint(at, snapshot)).ToList();
            });
    }

    /// <summary>The link from a region or prefecture up to the nation, as of the same instant.</summary>
    public static void AddNationalLink<TView>(this ObjectGraphType<TView> type)
        where TView : IHistoricalTotalsView =>
        type.Field<NonNullGraphType<NationalType>>("national")
            .Description("The national totals for the same fiscal year; as of the same instant when these totals are read `asOf` one.")
            .ResolveAsync(async c => await Readers.Totals(c).NationalAsync(c.Source.FiscalYear, c.Source.ReadAsOf));
}
