namespace HomeCareNational.GraphQL.Types;

/// <summary>Where a designation stands in the review of non-clinical designations.</summary>
public sealed class ReviewStateEnum() : LabelledEnumerationGraphType<ReviewState>(
    "ReviewState",
    "Where a designation stands in the review of non-clinical designations (非医療機関の指定の見直し). The designation's status decides first: a kept designation withdrawn later is WITHDRAWN, one designated again after a withdrawing review is OPEN again.",
    state => state switch
    {
        ReviewState.NotRequired => "A hospital or clinic: no review needed.",
        ReviewState.Open => "Non-clinical and in force, no outcome recorded yet (or designated again after a withdrawing review).",
        ReviewState.Withdrawn => "Withdrawn, after a review or without one.",
        ReviewState.ReplacedByClinical => "Withdrawn and replaced by a hospital or clinic.",
        ReviewState.Kept => "Reviewed and kept, with a reason, and still in force.",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    });
