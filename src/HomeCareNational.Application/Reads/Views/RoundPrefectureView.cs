using HomeCareNational.Abstractions.Rounds;

namespace HomeCareNational.Application.Reads.Views;

/// <summary>One prefecture's place in a round, with its register's current version.</summary>
public sealed record RoundPrefectureView(Prefecture Prefecture, RoundSubmission Submission, long CurrentVersion, bool Overdue)
{
    public SubmissionState State => Submission.StateAt(CurrentVersion);
}
