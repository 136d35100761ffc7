namespace HomeCareNational.GraphQL.Types;

/// <summary>One prefecture's place in a reporting round.</summary>
public sealed class RoundPrefectureType : ObjectGraphType<RoundPrefectureView>
{
    public RoundPrefectureType()
    {
        Name = "RoundPrefecture";
        Description = "One prefecture in a fiscal year's reporting round: its state, the versions of its register it submitted and the ministry accepted, and the ministry's latest return.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("JIS X 0401 code, \"01\" to \"47\".").Resolve(c => c.Source.Prefecture.Code);
        Field<NonNullGraphType<StringGraphType>>("nameJa").Description("Japanese name, e.g. 岡山県.").Resolve(c => c.Source.Prefecture.NameJa);
        Field<NonNullGraphType<SubmissionStateEnum>>("state").Description("Where the prefecture stands; CHANGED_SINCE_ACCEPTANCE when its register moved after the accepted version.").Resolve(c => c.Source.State);
        Field<LongGraphType>("submittedVersion").Description("The register version last submitted (frozen with its totals); null before the first submission.").Resolve(c => c.Source.Submission.Submitted?.Version);
        Field<DateTimeOffsetGraphType>("submittedAt").Description("When it was submitted.").Resolve(c => c.Source.Submission.Submitted?.At);
        Field<LongGraphType>("acceptedVersion").Description("The register version the ministry accepted, the one the official figures count; null before an acceptance.").Resolve(c => c.Source.Submission.Accepted?.Version);
        Field<DateTimeOffsetGraphType>("acceptedAt").Description("When it was accepted.").Resolve(c => c.Source.Submission.Accepted?.At);
        Field<StringGraphType>("returnComment").Description("The ministry's comment on its latest return (差戻し), kept after a resubmission; null if never returned.").Resolve(c => c.Source.Submission.Returned?.Comment);
        Field<DateTimeOffsetGraphType>("returnedAt").Description("When it was last returned.").Resolve(c => c.Source.Submission.Returned?.At);
        Field<NonNullGraphType<LongGraphType>>("currentVersion").Description("The register's version now (0 when it has none).").Resolve(c => c.Source.CurrentVersion);
        Field<NonNullGraphType<BooleanGraphType>>("changedSinceSubmission").Description("True when the register has moved past the version last submitted (提出後に変更).").Resolve(c => c.Source.Submission.ChangedSinceSubmission(c.Source.CurrentVersion));
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("True when the deadline has passed (in Japan) and no submission stands: never submitted, or returned and not resubmitted.").Resolve(c => c.Source.Overdue);
        Field<DateTimeOffsetGraphType>("markedOverdueAt").Description("When the daily check found the prefecture overdue; null if it never did.").Resolve(c => c.Source.Submission.MarkedOverdueAt);
    }
}
