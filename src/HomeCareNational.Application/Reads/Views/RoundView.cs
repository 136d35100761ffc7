using HomeCareNational.Abstractions.Rounds;

namespace HomeCareNational.Application.Reads.Views;

/// <summary>A reporting round as read at <paramref name="Now"/>, with every prefecture's current register version.</summary>
public sealed record RoundView(ReportingRound Round, IReadOnlyDictionary<string, long> CurrentVersions, DateTimeOffset Now)
{
    /// <summary>All 47 prefectures in JIS code order, those that took no step as not submitted.</summary>
    public IReadOnlyList<RoundPrefectureView> Prefectures { get; } = [.. Domain.Reference.Prefectures.All.Select(p =>
    {
        var submission = Round.SubmissionOf(p.Code);
        return new RoundPrefectureView(p, submission, CurrentVersions.GetValueOrDefault(p.Code), submission.AwaitsSubmission && RoundCalendar.IsPast(Round.Deadline, Now));
    })];

    public int DaysToDeadline => RoundCalendar.DaysToDeadline(Round.Deadline, Now);

    /// <summary>Every state with its count, zeros included, in the order of <see cref="SubmissionState"/>.</summary>
    public IReadOnlyList<StateCount> Counts => [.. Enum.GetValues<SubmissionState>().Select(s => new StateCount(s, Prefectures.Count(p => p.State == s)))];
}
