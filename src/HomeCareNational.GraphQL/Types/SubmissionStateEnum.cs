using HomeCareNational.Abstractions.Rounds;

namespace HomeCareNational.GraphQL.Types;

/// <summary>Where a prefecture stands in a reporting round.</summary>
public sealed class SubmissionStateEnum : LabelledEnumerationGraphType<SubmissionState>
{
    public SubmissionStateEnum()
        : base("SubmissionState", "Where a prefecture stands in a fiscal year's reporting round (報告ラウンド).", state => state.LabelJa())
    {
    }
}
