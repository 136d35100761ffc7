namespace HomeCareNational.Abstractions.Rounds;

/// <summary>Where a prefecture stands in a reporting round (報告ラウンド).</summary>
public enum SubmissionState
{
    /// <summary>未提出: nothing submitted yet.</summary>
    NotSubmitted,

    /// <summary>提出済: submitted, waiting for the ministry.</summary>
    Submitted,

    /// <summary>差戻し: returned by the ministry with a comment; the prefecture resubmits.</summary>
    Returned,

    /// <summary>受理: the ministry accepted the submitted version, and the register has not moved since.</summary>
    Accepted,

    /// <summary>受理後に変更: accepted, and the register has changed since; the accepted version still counts.</summary>
    ChangedSinceAcceptance,
}
