using GraphQL.Builders;
using HomeCareNational.Abstractions.Idempotency;
using HomeCareNational.Abstractions.Rounds;
using HomeCareNational.GraphQL.Authorization;
using HomeCareNational.GraphQL.Errors;
using HomeCareNational.GraphQL.Idempotency;
using HomeCareNational.GraphQL.Types;
using HomeCareNational.Identity;

namespace HomeCareNational.GraphQL.Types;

/// <summary>The reporting round's query and mutations: thin adapters over <see cref="IReportingRoundGrain"/>.</summary>
internal static class ReportingRoundFields
{
    private const string FiscalYearArgument = "fiscalYear";
    private const string FiscalYearDescription = "The round's fiscal year, e.g. 2024 for 令和6年度.";
    private const string PrefectureDescription = "JIS X 0401 code of the prefecture, \"01\" to \"47\".";

    private const string AnalystNote = "Ministry analysts only (Ministry.Analyst). Errors: FORBIDDEN, VALIDATION_FAILED (with extensions.field), ROUND_CLOSED (the round is closed), IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_FLIGHT.";

    public static void AddQuery(ObjectGraphType query) =>
        query.Field<ReportingRoundType>("reportingRound")
            .Description("A fiscal year's reporting round with where every prefecture stands, the counts per state, the overdue prefectures and the days to the deadline; null if no round was opened for the year. Every role (dashboards show the submission board).")
            .Argument<NonNullGraphType<IntGraphType>>(FiscalYearArgument, FiscalYearDescription)
            .RequireAccess(AccessPolicies.Aggregates)
            .ResolveAsync(async c => await Readers.Rounds(c).RoundAsync(c.GetArgument<int>(FiscalYearArgument)));

    public static void AddMutations(ObjectGraphType mutation)
    {
        Analyst(mutation, RoundOperations.Open,
            "Opens the reporting round of a fiscal year with its reference date (基準日) and deadline (提出期限). Opening it again with the same dates changes nothing; other dates are refused (extend the deadline instead).",
            f => f.Argument<NonNullGraphType<DateOnlyGraphType>>("referenceDate", "The date the figures are to describe.")
                .Argument<NonNullGraphType<DateOnlyGraphType>>("deadline", "The last day to submit, a day in Japan; not before the reference date."),
            c => new { referenceDate = c.GetArgument<DateOnly>("referenceDate"), deadline = c.GetArgument<DateOnly>("deadline") },
            (round, c, by, key) => round.OpenAsync(c.GetArgument<DateOnly>("referenceDate"), c.GetArgument<DateOnly>("deadline"), by, key));
        Analyst(mutation, RoundOperations.ExtendDeadline,
            "Moves the round's deadline later; the same deadline again changes nothing, an earlier one is refused.",
            f => f.Argument<NonNullGraphType<DateOnlyGraphType>>("deadline", "The new last day to submit."),
            c => new { deadline = c.GetArgument<DateOnly>("deadline") },
            (round, c, by, key) => round.ExtendDeadlineAsync(c.GetArgument<DateOnly>("deadline"), by, key));
        Analyst(mutation, RoundOperations.Close,
            "Closes the round: its official figures are final, and nothing is submitted, accepted or returned any more. Closing it again changes nothing.",
            f => f,
            _ => new { },
            (round, _, by, key) => round.CloseAsync(by, key));
        Analyst(mutation, RoundOperations.Accept,
            "Accepts (受理) the prefecture's submitted version: it becomes the version the official figures count. Accepting it again changes nothing.",
            f => f.Argument<NonNullGraphType<StringGraphType>>(ActingPrefecture.ArgumentName, PrefectureDescription),
            c => new { prefecture = ActingPrefecture.Of(c).Code },
            (round, c, by, key) => round.AcceptAsync(ActingPrefecture.Of(c).Code, by, key),
            prefectureArgument: ActingPrefecture.ArgumentName);
        Analyst(mutation, RoundOperations.Return,
            "Returns (差戻し) the prefecture's submission with a comment saying what to correct; the prefecture then corrects its register and submits again.",
            f => f.Argument<NonNullGraphType<StringGraphType>>(ActingPrefecture.ArgumentName, PrefectureDescription)
                .Argument<NonNullGraphType<StringGraphType>>("comment", $"What to correct; 1 to {RoundLimits.MaxCommentLength} characters."),
            c => new { prefecture = ActingPrefecture.Of(c).Code, comment = c.GetArgument<string>("comment") },
            (round, c, by, key) => round.ReturnAsync(ActingPrefecture.Of(c).Code, c.GetArgument<string>("comment"), by, key),
            prefectureArgument: ActingPrefecture.ArgumentName);

        Step(mutation, RoundOperations.Submit,
                "Submits (提出) the prefecture's register for the round as it stands now: its version and totals are frozen with who submitted and when. The prefecture may go on correcting its register (shown as changedSinceSubmission) and submit again while the round is open. "
                + "Only the prefecture's own editors (Prefecture.Editor). Errors: FORBIDDEN, VALIDATION_FAILED (with extensions.field), ROUND_CLOSED (the round is closed), NOT_FOUND (unknown prefecture), IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_FLIGHT.")
            .Argument<NonNullGraphType<StringGraphType>>(ActingPrefecture.ArgumentName, PrefectureDescription)
            .RequireAccess(AccessPolicies.PrefectureWrite, prefectureArgument: ActingPrefecture.ArgumentName)
            .ResolveAsync(c =>
            {
                var prefecture = ActingPrefecture.Of(c).Code;
                return RunAsync(c, prefecture, RoundOperations.Submit, new { prefecture }, (round, by, key) => round.SubmitAsync(prefecture, by, key), ActingPrefecture.Attribution(c));
            });
    }

    private static void Analyst(
        ObjectGraphType mutation,
        string operation,
        string description,
        Func<FieldBuilder<object?, object>, FieldBuilder<object?, object>> arguments,
        Func<IResolveFieldContext, object> payload,
        Func<IReportingRoundGrain, IResolveFieldContext, ChangeAttribution, string?, Task<RoundStepResult>> step,
        string? prefectureArgument = null)
    {
        var field = arguments(Step(mutation, operation, $"{description} {AnalystNote}"))
            .RequireAccess(AccessPolicies.RoundManagement, prefectureArgument);
        field.ResolveAsync(c => RunAsync(
            c, RoundSteps.MinistryScope, operation, payload(c), (round, by, key) => step(round, c, by, key), CallerAttribution.Of(c.User!, AppRoles.MinistryAnalyst)));
    }

    private static FieldBuilder<object?, object> Step(ObjectGraphType mutation, string operation, string description) =>
        mutation.Field<ReportingRoundType>(operation)
            .Description($"{description} Returns the round.")
            .Argument<NonNullGraphType<IntGraphType>>(FiscalYearArgument, FiscalYearDescription)
            .Argument<StringGraphType>(IdempotencyKeys.Argument, ClientIdempotencyKey.ArgumentDescription);

    private static async Task<object?> RunAsync(
        IResolveFieldContext c,
        string scope,
        string operation,
        object payload,
        Func<IReportingRoundGrain, ChangeAttribution, string?, Task<RoundStepResult>> step,
        ChangeAttribution by)
    {
        RoundStepOutcome outcome;
        try
        {
            outcome = await c.RequestServices!.GetRequiredService<RoundSteps>().RunAsync(
                scope, c.GetArgument<int>(FiscalYearArgument), operation, payload, by, () => ClientIdempotencyKey.Of(c), step);
        }
        catch (IdempotencyRefusedException refused)
        {
            throw ClientIdempotencyKey.Refused(refused);
        }

        return outcome.Accepted ? outcome.Round : HomeCareErrors.Reject(c, outcome.Errors, outcome.ErrorCode!);
    }
}
