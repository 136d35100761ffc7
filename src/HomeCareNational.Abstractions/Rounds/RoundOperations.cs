namespace HomeCareNational.Abstractions.Rounds;

/// <summary>The names of the round's steps, as the history records them and the API's mutations are called.</summary>
public static class RoundOperations
{
    public const string Open = "openReportingRound";
    public const string ExtendDeadline = "extendReportingRoundDeadline";
    public const string Close = "closeReportingRound";
    public const string Submit = "submitToReportingRound";
    public const string Accept = "acceptSubmission";
    public const string Return = "returnSubmission";

    /// <summary>The daily check marking prefectures overdue; not a mutation.</summary>
    public const string MarkOverdue = "markOverdue";
}
