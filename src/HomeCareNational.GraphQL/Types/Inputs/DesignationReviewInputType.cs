namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>The outcome of reviewing a non-clinical designation, as the prefecture records it.</summary>
public sealed class DesignationReviewInputType : InputObjectGraphType<DesignationReview>
{
    public DesignationReviewInputType()
    {
        Name = "DesignationReviewInput";
        Description = "What the prefecture decided when it reviewed a designation that is not a hospital or clinic (非医療機関の指定の見直し).";
        Field<NonNullGraphType<Types.ReviewOutcomeEnum>>(ReviewFields.Outcome.Name).Description(ReviewFields.Outcome.InputDescription);
        Field<StringGraphType>(ReviewFields.Reason.Name).Description(ReviewFields.Reason.InputDescription);
        Field<StringGraphType>(ReviewFields.ReplacementInstitutionCode.Name)
            .Description(ReviewFields.ReplacementInstitutionCode.InputDescription);
        Field<NonNullGraphType<DateOnlyGraphType>>(ReviewFields.DecidedOn.Name).Description(ReviewFields.DecidedOn.InputDescription);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new DesignationReview(
        value.Required<ReviewOutcome>(ReviewFields.Outcome.Name),
        value.Optional<string>(ReviewFields.Reason.Name),
        value.Optional<string>(ReviewFields.ReplacementInstitutionCode.Name),
        value.Required<DateOnly>(ReviewFields.DecidedOn.Name));
}
