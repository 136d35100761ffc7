namespace HomeCareNational.Abstractions.Rounds;

/// <summary>The Japanese label of each <see cref="SubmissionState"/>, as the ministry's survey names them.</summary>
public static class SubmissionStateLabels
{
    public static string LabelJa(this SubmissionState state) => state switch
    {
        SubmissionState.NotSubmitted => "未提出",
        SubmissionState.Submitted => "提出済",
        SubmissionState.Returned => "差戻し",
        SubmissionState.Accepted => "受理",
        SubmissionState.ChangedSinceAcceptance => "受理後に変更",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "not a submission state"),
    };
}
