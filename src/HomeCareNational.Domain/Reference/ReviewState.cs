namespace HomeCareNational.Domain.Reference;

/// <summary>Where a designation stands in the review of non-clinical designations.</summary>
public enum ReviewState
{
    /// <summary>A hospital or clinic: no review needed.</summary>
    NotRequired,

    /// <summary>Non-clinical, in force, no outcome recorded yet (or designated again after a withdrawing review).</summary>
    Open,

    /// <summary>Reviewed and withdrawn (or withdrawn without a recorded review, or after being kept).</summary>
    Withdrawn,

    /// <summary>Reviewed and replaced by a hospital or clinic.</summary>
    ReplacedByClinical,

    /// <summary>Reviewed and kept, with a reason, and still in force.</summary>
    Kept,
}
