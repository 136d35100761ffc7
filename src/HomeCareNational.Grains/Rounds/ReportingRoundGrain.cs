using System.Collections.Immutable;
using System.Globalization;
using HomeCareNational.Abstractions.History;
using HomeCareNational.Abstractions.Rounds;
using HomeCareNational.Grains.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace HomeCareNational.Grains.Rounds;

/// <inheritdoc cref="IReportingRoundGrain"/>
public sealed class ReportingRoundGrain(
    [PersistentState(StorageNames.RoundState, StorageNames.GrainStorage)] IPersistentState<ReportingRoundState> state,
    [FromKeyedServices(StorageNames.GrainStorage)] IGrainStorageSerializer serializer,
    IRoundHistory history,
    TimeProvider clock) : Grain, IReportingRoundGrain, IRemindable
{
    /// <summary>The daily check's reminder; registered when the round opens, removed when it closes.</summary>
    public const string OverdueReminder = "overdue-check";

    /// <summary>Deadlines are days: a daily look is soon enough, and the first comes a minute after opening.</summary>
    private static readonly TimeSpan OverdueCheckPeriod = TimeSpan.FromDays(1);

    private static readonly TimeSpan FirstOverdueCheck = TimeSpan.FromMinutes(1);

    private const string FiscalYearField = "fiscalYear";
    private const string DeadlineField = "deadline";
    private const string PrefectureField = "prefecture";
    private const string CommentField = "comment";

    private static readonly ChangeAttribution OverdueCheck = ChangeAttribution.Service("overdue-check");

    private int FiscalYear => (int)this.GetPrimaryKeyLong();

    public async Task<RoundStepResult> OpenAsync(DateOnly referenceDate, DateOnly deadline, ChangeAttribution by, string? idempotencyKey)
    {
        var result = await OpenStepAsync(referenceDate, deadline, by, idempotencyKey);
        if (result.Round is { IsClosed: false })
        {
            // Also on a repeat: a crash between storing the round and registering the reminder is repaired by a retry.
            await this.RegisterOrUpdateReminder(OverdueReminder, FirstOverdueCheck, OverdueCheckPeriod);
        }

        return result;
    }

    private Task<RoundStepResult> OpenStepAsync(DateOnly referenceDate, DateOnly deadline, ChangeAttribution by, string? idempotencyKey) =>
        StepAsync(RoundOperations.Open, by, idempotencyKey, (round, now) => round switch
        {
            _ when !Domain.Reference.FiscalYear.IsSupported(FiscalYear) => RoundStep.Refuse(FiscalYearField, string.Create(CultureInfo.InvariantCulture,
                $"fiscal year {FiscalYear} is not one the service keeps ({Domain.Reference.FiscalYear.First}–{Domain.Reference.FiscalYear.Last}).")),
            _ when deadline < referenceDate => RoundStep.Refuse(DeadlineField, $"the deadline {deadline:O} is before the reference date {referenceDate:O}."),
            null => RoundStep.To(new ReportingRound(FiscalYear, referenceDate, deadline, now, null, 0, ImmutableDictionary<string, RoundSubmission>.Empty),
                $"referenceDate={referenceDate:O} deadline={deadline:O}"),
            { ReferenceDate: var held, Deadline: var heldDeadline } when held == referenceDate && heldDeadline == deadline => RoundStep.AlreadyTaken,
            { IsClosed: true } => OpenRound(round)!,
            _ => RoundStep.Refuse(FiscalYearField, string.Create(CultureInfo.InvariantCulture,
                $"the round of fiscal year {FiscalYear} is already open (reference date {round.ReferenceDate:O}, deadline {round.Deadline:O}); extend its deadline instead.")),
        });

    public Task<RoundStepResult> ExtendDeadlineAsync(DateOnly deadline, ChangeAttribution by, string? idempotencyKey) =>
        StepAsync(RoundOperations.ExtendDeadline, by, idempotencyKey, (round, _) => OpenRound(round) ?? (deadline.CompareTo(round!.Deadline) switch
        {
            0 => RoundStep.AlreadyTaken,
            < 0 => RoundStep.Refuse(DeadlineField, $"the new deadline {deadline:O} is not later than the current one, {round.Deadline:O}."),
            _ => RoundStep.To(round with { Deadline = deadline }, $"deadline={deadline:O}"),
        }));

    public async Task<RoundStepResult> CloseAsync(ChangeAttribution by, string? idempotencyKey)
    {
        var result = await CloseStepAsync(by, idempotencyKey);
        if (result.Round is { IsClosed: true })
        {
            await StopOverdueCheckAsync();
        }

        return result;
    }

    /// <summary>The daily check: marks the overdue prefectures, and stops once the round is closed.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != OverdueReminder)
        {
            return;
        }

        if (state.State.Round is null or { IsClosed: true })
        {
            await StopOverdueCheckAsync();
            return;
        }

        await MarkOverdueAsync();
    }

    private async Task StopOverdueCheckAsync()
    {
        if (await this.GetReminder(OverdueReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private Task<RoundStepResult> CloseStepAsync(ChangeAttribution by, string? idempotencyKey) =>
        StepAsync(RoundOperations.Close, by, idempotencyKey, (round, now) => round switch
        {
            null => NotOpened(),
            { IsClosed: true } => RoundStep.AlreadyTaken,
            _ => RoundStep.To(round with { ClosedAt = now }, "closed"),
        });

    public async Task<RoundStepResult> SubmitAsync(string prefectureCode, ChangeAttribution by, string? idempotencyKey)
    {
        // Read before the step: the register is another grain, and the round must not wait on it while deciding.
        var totals = await GrainFactory.GetGrain<IPrefectureRegisterGrain>(PrefectureRegisterKey.Of(prefectureCode, FiscalYear)).GetTotalsAsync();
        return await StepAsync(RoundOperations.Submit, by, idempotencyKey, (round, now) =>
        {
            if (OpenRound(round) is { } refused)
            {
                return refused;
            }

            if (totals is null)
            {
                return RoundStep.Refuse(PrefectureField, string.Create(CultureInfo.InvariantCulture,
                    $"prefecture {prefectureCode} has no register for fiscal year {FiscalYear} to submit."));
            }

            var current = round!.SubmissionOf(prefectureCode);
            if (current.Stage is SubmissionState.Submitted or SubmissionState.Accepted && current.Submitted?.Version == totals.Version)
            {
                return RoundStep.AlreadyTaken;
            }

            var submitted = current with { Stage = SubmissionState.Submitted, Submitted = new FrozenVersion(totals, now, by) };
            return RoundStep.To(round.WithSubmission(submitted), Version(totals.Version), prefectureCode);
        });
    }

    public Task<RoundStepResult> AcceptAsync(string prefectureCode, ChangeAttribution by, string? idempotencyKey) =>
        StepAsync(RoundOperations.Accept, by, idempotencyKey, (round, now) => OpenRound(round) ?? round!.SubmissionOf(prefectureCode) switch
        {
            { Stage: SubmissionState.Accepted } => RoundStep.AlreadyTaken,
            { Stage: SubmissionState.Submitted, Submitted: { } submitted } current => RoundStep.To(
                round.WithSubmission(current with { Stage = SubmissionState.Accepted, Accepted = submitted with { At = now, By = by } }),
                Version(submitted.Version),
                prefectureCode),
            _ => NothingSubmitted(prefectureCode, "accept"),
        });

    public Task<RoundStepResult> ReturnAsync(string prefectureCode, string comment, ChangeAttribution by, string? idempotencyKey)
    {
        var trimmed = comment?.Trim() ?? "";
        return StepAsync(RoundOperations.Return, by, idempotencyKey, (round, now) => (trimmed.Length, OpenRound(round)) switch
        {
            (0, _) => RoundStep.Refuse(CommentField, "a return needs a comment telling the prefecture what to correct."),
            ( > RoundLimits.MaxCommentLength, _) => RoundStep.Refuse(CommentField, string.Create(CultureInfo.InvariantCulture,
                $"the comment is {trimmed.Length:N0} characters long, over the limit of {RoundLimits.MaxCommentLength:N0}.")),
            (_, { } refused) => refused,
            _ => round!.SubmissionOf(prefectureCode) switch
            {
                { Stage: SubmissionState.Returned, Returned.Comment: var held } when held == trimmed => RoundStep.AlreadyTaken,
                { Stage: SubmissionState.Submitted } current => RoundStep.To(
                    round.WithSubmission(current with { Stage = SubmissionState.Returned, Returned = new RoundReturn(trimmed, now, by) }),
                    trimmed,
                    prefectureCode),
                _ => NothingSubmitted(prefectureCode, "return"),
            },
        });
    }

    public Task<RoundStepResult> MarkOverdueAsync() =>
        StepAsync(RoundOperations.MarkOverdue, OverdueCheck, null, (round, now) =>
        {
            if (round is null or { IsClosed: true } || !RoundCalendar.IsPast(round.Deadline, now))
            {
                return RoundStep.AlreadyTaken;
            }

            var late = Prefectures.All
                .Select(p => round.SubmissionOf(p.Code))
                .Where(s => s.AwaitsSubmission && s.MarkedOverdueAt is null)
                .ToList();
            return late.Count == 0
                ? RoundStep.AlreadyTaken
                : RoundStep.To(
                    late.Aggregate(round, (marked, s) => marked.WithSubmission(s with { MarkedOverdueAt = now })),
                    $"deadline={round.Deadline:O}",
                    [.. late.Select(s => s.PrefectureCode)]);
        });

    public Task<ReportingRound?> GetAsync() => Task.FromResult(state.State.Round);

    public async Task<ImmutableArray<RoundEvent>> GetHistoryAsync() =>
        state.State.Round is { Version: > 0 } round ? await history.ReadAsync(FiscalYear, round.Version) : [];

    private static string Version(long version) => string.Create(CultureInfo.InvariantCulture, $"version={version}");

    private RoundStep NotOpened() =>
        RoundStep.Refuse(FiscalYearField, string.Create(CultureInfo.InvariantCulture, $"no reporting round has been opened for fiscal year {FiscalYear}."));

    /// <summary>A refusal unless the round is open.</summary>
    private RoundStep? OpenRound(ReportingRound? round) => round switch
    {
        null => NotOpened(),
        { IsClosed: true } => RoundStep.Refuse(FiscalYearField, string.Create(CultureInfo.InvariantCulture,
            $"the reporting round of fiscal year {FiscalYear} was closed at {round.ClosedAt:O}; its figures are final."), RoundRefusal.RoundClosed),
        _ => null,
    };

    private static RoundStep NothingSubmitted(string prefectureCode, string verb) =>
        RoundStep.Refuse(PrefectureField, $"prefecture {prefectureCode} has no submission waiting to {verb}.");

    private async Task<RoundStepResult> StepAsync(
        string operation, ChangeAttribution by, string? idempotencyKey, Func<ReportingRound?, DateTimeOffset, RoundStep> decide)
    {
        var current = state.State.Round;
        var now = clock.GetUtcNow();
        var step = decide(current, now);
        if (step.Refusal is { } refusal)
        {
            return new RoundStepResult(null, [refusal], false, step.Reason);
        }

        if (step.Next is not { } decided)
        {
            return new RoundStepResult(current, [], false);
        }

        var next = decided with { Version = (current?.Version ?? 0) + 1 };
        var updated = new ReportingRoundState { Round = next };
        var bytes = serializer.Serialize(updated).ToMemory().Length;
        if (bytes > GrainStateLimits.MaxStateBytes)
        {
            return RoundStepResult.Refused(FiscalYearField, string.Create(CultureInfo.InvariantCulture,
                $"the round would take {bytes:N0} bytes of storage, over the limit of {GrainStateLimits.MaxStateBytes:N0}; nothing was stored."));
        }

        // History first, as the register does: a failed write leaves an event above the stored version, never shown.
        await history.AppendAsync(new RoundEvent(FiscalYear, next.Version, now, operation, by, idempotencyKey, step.PrefectureCodes, step.Detail));
        await state.WriteOrReloadAsync(updated, this);
        return new RoundStepResult(next, [], true);
    }
}
