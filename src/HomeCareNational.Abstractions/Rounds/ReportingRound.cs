using System.Collections.Immutable;

namespace HomeCareNational.Abstractions.Rounds;

/// <summary>
/// A fiscal year's reporting round (報告ラウンド): the ministry opens it with a reference date (基準日) and a deadline,
/// each prefecture submits its register, the ministry accepts or returns each submission, and closes the round. The
/// accepted versions make the round's official figures, which no longer change once it is closed.
/// </summary>
/// <param name="FiscalYear">The fiscal year reported on.</param>
/// <param name="ReferenceDate">The date the figures are to describe (基準日).</param>
/// <param name="Deadline">The last day (in Japan) to submit.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="ClosedAt">When it was closed; null while open.</param>
/// <param name="Version">How many steps it has taken; the open-data ETags are made from the version at close.</param>
/// <param name="Submissions">The prefectures that have taken part, by code.</param>
[GenerateSerializer, Immutable]
public sealed record ReportingRound(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] DateOnly ReferenceDate,
    [property: Id(2)] DateOnly Deadline,
    [property: Id(3)] DateTimeOffset OpenedAt,
    [property: Id(4)] DateTimeOffset? ClosedAt,
    [property: Id(5)] long Version,
    [property: Id(6)] ImmutableDictionary<string, RoundSubmission> Submissions)
{
    public bool IsClosed => ClosedAt is not null;

    /// <summary>The prefecture's part in the round; <see cref="SubmissionState.NotSubmitted"/> when it has taken none.</summary>
    public RoundSubmission SubmissionOf(string prefectureCode) =>
        Submissions.TryGetValue(prefectureCode, out var submission) ? submission : RoundSubmission.None(prefectureCode);

    /// <summary>
    /// The official totals of the given prefectures: the sum of their accepted versions, its version the sum of theirs and
    /// its as-of the latest acceptance. Prefectures without an accepted version are left out (and not counted in
    /// <see cref="RegisterTotals.Prefectures"/>).
    /// </summary>
    public TotalsSnapshot OfficialTotals(IEnumerable<string> prefectureCodes)
    {
        var accepted = prefectureCodes
            .Select(code => Submissions.GetValueOrDefault(code)?.Accepted)
            .OfType<FrozenVersion>()
            .ToList();
        return new TotalsSnapshot(
            FiscalYear,
            accepted.Count == 0 ? RegisterTotals.Empty : RegisterTotals.Sum(accepted.Select(a => a.Totals.Totals)),
            accepted.Sum(a => a.Version),
            accepted.Count == 0 ? OpenedAt : accepted.Max(a => a.At));
    }

    /// <summary>The round with the prefecture's part replaced.</summary>
    public ReportingRound WithSubmission(RoundSubmission submission) =>
        this with { Submissions = Submissions.SetItem(submission.PrefectureCode, submission) };
}
