namespace HomeCareNational.Abstractions.Rounds;

/// <summary>
/// The reporting round of one fiscal year. Key: the fiscal year, e.g. 2024. Every step is checked whole (a refused
/// step changes nothing), appended to the round history with who took it, then stored; a step already taken answers
/// success again and stores nothing, so every step is idempotent. Callers have already checked that the caller may
/// take the step (analysts manage the round, a prefecture's editor submits for that prefecture only).
/// </summary>
public interface IReportingRoundGrain : IGrainWithIntegerKey
{
    /// <summary>Opens the round; opening it again with the same dates changes nothing.</summary>
    Task<RoundStepResult> OpenAsync(DateOnly referenceDate, DateOnly deadline, ChangeAttribution by, string? idempotencyKey = null);

    /// <summary>Moves the deadline later; the same deadline again changes nothing.</summary>
    Task<RoundStepResult> ExtendDeadlineAsync(DateOnly deadline, ChangeAttribution by, string? idempotencyKey = null);

    /// <summary>Closes the round: its official figures are final and no step is taken any more. Closing again changes nothing.</summary>
    Task<RoundStepResult> CloseAsync(ChangeAttribution by, string? idempotencyKey = null);

    /// <summary>Submits the prefecture's register as it stands now, freezing its version and totals.</summary>
    Task<RoundStepResult> SubmitAsync(string prefectureCode, ChangeAttribution by, string? idempotencyKey = null);

    /// <summary>Accepts the prefecture's submitted version; accepting it again changes nothing.</summary>
    Task<RoundStepResult> AcceptAsync(string prefectureCode, ChangeAttribution by, string? idempotencyKey = null);

    /// <summary>Returns the prefecture's submission with a comment; it then resubmits.</summary>
    Task<RoundStepResult> ReturnAsync(string prefectureCode, string comment, ChangeAttribution by, string? idempotencyKey = null);

    /// <summary>
    /// Marks every prefecture still awaiting a submission once the deadline has passed (the daily reminder calls it);
    /// a prefecture is marked once. Answers the round, unchanged before the deadline.
    /// </summary>
    Task<RoundStepResult> MarkOverdueAsync();

    /// <summary>The round, or null if it was never opened.</summary>
    [ReadOnly]
    Task<ReportingRound?> GetAsync();

    /// <summary>Every step taken, oldest first.</summary>
    [ReadOnly]
    Task<System.Collections.Immutable.ImmutableArray<History.RoundEvent>> GetHistoryAsync();
}
