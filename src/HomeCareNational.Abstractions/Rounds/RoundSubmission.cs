namespace HomeCareNational.Abstractions.Rounds;

/// <summary>One prefecture in a round, once it has taken part in it (a prefecture without one has not submitted).</summary>
/// <param name="PrefectureCode">The prefecture, "01" to "47".</param>
/// <param name="Stage">The latest step: <see cref="SubmissionState.Submitted"/>, <see cref="SubmissionState.Returned"/> or <see cref="SubmissionState.Accepted"/>.</param>
/// <param name="Submitted">The latest submitted version.</param>
/// <param name="Accepted">The latest accepted version, the one the official figures count; it stays while a newer one waits.</param>
/// <param name="Returned">The latest return, kept after a resubmission for the record.</param>
/// <param name="MarkedOverdueAt">When the daily check found the prefecture without a submission past the deadline.</param>
[GenerateSerializer, Immutable]
public sealed record RoundSubmission(
    [property: Id(0)] string PrefectureCode,
    [property: Id(1)] SubmissionState Stage,
    [property: Id(2)] FrozenVersion? Submitted,
    [property: Id(3)] FrozenVersion? Accepted,
    [property: Id(4)] RoundReturn? Returned,
    [property: Id(5)] DateTimeOffset? MarkedOverdueAt)
{
    /// <summary>A prefecture that has taken no step yet.</summary>
    public static RoundSubmission None(string prefectureCode) => new(prefectureCode, SubmissionState.NotSubmitted, null, null, null, null);

    /// <summary>The state shown, given the register's current version (0 when it has none).</summary>
    public SubmissionState StateAt(long currentVersion) =>
        Stage == SubmissionState.Accepted && Accepted is { } accepted && currentVersion > accepted.Version
            ? SubmissionState.ChangedSinceAcceptance
            : Stage;

    /// <summary>Whether the register has moved past the version last submitted.</summary>
    public bool ChangedSinceSubmission(long currentVersion) => Submitted is { } submitted && currentVersion > submitted.Version;

    /// <summary>Whether no submission stands: never submitted, or returned and not yet resubmitted.</summary>
    public bool AwaitsSubmission => Stage is SubmissionState.NotSubmitted or SubmissionState.Returned;
}
