namespace HomeCareNational.GraphQL.Types;

/// <summary>Progress of the review of non-clinical designations.</summary>
public sealed class ReviewTotalsType : ObjectGraphType<ReviewTotals>
{
    public ReviewTotalsType()
    {
        Name = "ReviewTotals";
        Description = "Progress of the review of non-clinical designations (非医療機関の指定の見直し), which the working group asks to be done promptly.";
        Field("required", t => t.Required).Description("Non-clinical designations in the register, withdrawn ones included: every one needs a review.");
        Field("open", t => t.Open).Description("Of which in force with no outcome recorded.");
        Field("withdrawn", t => t.Withdrawn).Description("Of which withdrawn.");
        Field("replacedByClinical", t => t.ReplacedByClinical).Description("Of which withdrawn and replaced by a hospital or clinic.");
        Field("kept", t => t.Kept).Description("Of which kept, with a reason, and still in force.");
        Field("completedShare", t => t.CompletedShare).Description("Share of the required reviews that have an outcome, from 0 to 1; 1 when none is required.");
    }
}
