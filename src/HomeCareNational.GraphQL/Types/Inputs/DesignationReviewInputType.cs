namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>The outcome of reviewing a non-clinical designation, as the prefecture records it.</summary>
public sealed class DesignationReviewInputType : InputObjectGraphType<DesignationReview>
{
    public DesignationReviewInputType()
    {
        Name = "DesignationReviewInput";
        Description = "What the prefecture decided when it reviewed a designation that is not a hospital or clinic (非医療機関の指定の見直し).";
        Field<NonNullGraphType<Types.ReviewOutcomeEnum>>("outcome").Description("Withdrawn, replaced by a hospital or clinic, or kept. Withdrawn and replaced designations go out of force.");
        Field<StringGraphType>("reason").Description("Why; required when the designation is kept (at most 2,000 characters).");
        Field<StringGraphType>("replacementInstitutionCode")
            .Description("For REPLACED_BY_CLINICAL only: the hospital or clinic designated in its place, already in the register.");
        Field<NonNullGraphType<DateOnlyGraphType>>("decidedOn").Description("The day the prefecture decided.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new DesignationReview(
        value.Required<ReviewOutcome>("outcome"),
        value.Optional<string>("reason"),
        value.Optional<string>("replacementInstitutionCode"),
        value.Required<DateOnly>("decidedOn"));
}
