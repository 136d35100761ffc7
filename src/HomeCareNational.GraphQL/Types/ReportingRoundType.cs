namespace HomeCareNational.GraphQL.Types;

/// <summary>A fiscal year's reporting round and where every prefecture stands in it.</summary>
public sealed class ReportingRoundType : ObjectGraphType<RoundView>
{
    private static readonly IReadOnlyList<string> AllPrefectureCodes = [.. Prefectures.All.Select(p => p.Code)];

    public ReportingRoundType()
    {
        Name = "ReportingRound";
        Description = "A fiscal year's reporting round (報告ラウンド): the ministry opens it with a reference date and a deadline, each prefecture submits its register, the ministry accepts or returns each submission and closes the round. "
            + "Its official figures are the sum of the accepted versions.";
        Field<NonNullGraphType<FiscalYearType>>("fiscalYear").Description("The fiscal year reported on.").Resolve(c => c.Source.Round.FiscalYear);
        Field<NonNullGraphType<DateOnlyGraphType>>("referenceDate").Description("The date the figures describe (基準日).").Resolve(c => c.Source.Round.ReferenceDate);
        Field<NonNullGraphType<DateOnlyGraphType>>("deadline").Description("The last day to submit (提出期限), a day in Japan.").Resolve(c => c.Source.Round.Deadline);
        Field<NonNullGraphType<IntGraphType>>("daysToDeadline").Description("Days from today in Japan to the deadline: 0 on the day, negative once it has passed.").Resolve(c => c.Source.DaysToDeadline);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("openedAt").Description("When the round was opened.").Resolve(c => c.Source.Round.OpenedAt);
        Field<DateTimeOffsetGraphType>("closedAt").Description("When the round was closed; null while it is open.").Resolve(c => c.Source.Round.ClosedAt);
        Field<NonNullGraphType<BooleanGraphType>>("closed").Description("True once the round is closed: its official figures are final and no step is taken any more.").Resolve(c => c.Source.Round.IsClosed);
        Field<NonNullGraphType<LongGraphType>>("version").Description("How many steps the round has taken; it only grows.").Resolve(c => c.Source.Round.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubmissionStateCountType>>>>("counts")
            .Description("How many of the 47 prefectures are in each state, every state listed (zeros included).")
            .Resolve(c => c.Source.Counts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoundPrefectureType>>>>("overdue")
            .Description("The prefectures past the deadline without a submission standing (never submitted, or returned and not resubmitted), in JIS code order.")
            .Resolve(c => c.Source.Prefectures.Where(p => p.Overdue).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoundPrefectureType>>>>("prefectures")
            .Description("All 47 prefectures in JIS code order, or those in one state.")
            .Argument<SubmissionStateEnum>("state", "Only the prefectures in this state.")
            .Resolve(c => c.GetArgument<Abstractions.Rounds.SubmissionState?>("state") is { } state
                ? c.Source.Prefectures.Where(p => p.State == state).ToList()
                : c.Source.Prefectures);
        Field<NonNullGraphType<OfficialTotalsType>>("official")
            .Description("The round's official national figures, as `national { official }` gives them.")
            .Resolve(c => new OfficialTotalsView(c.Source.Round.FiscalYear, c.Source.Round.OfficialTotals(AllPrefectureCodes), c.Source.Round.IsClosed, AllPrefectureCodes));
    }
}
