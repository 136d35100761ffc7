namespace HomeCareNational.GraphQL.Types;

/// <summary>The recorded outcome of reviewing a non-clinical designation.</summary>
public sealed class DesignationReviewType : ObjectGraphType<DesignationReview>
{
    public DesignationReviewType()
    {
        Name = "DesignationReview";
        Description = "The outcome the prefecture recorded when it reviewed a non-clinical designation (非医療機関の指定の見直し).";
        Field<NonNullGraphType<ReviewOutcomeEnum>>(ReviewFields.Outcome.Name).Description(ReviewFields.Outcome.Description).Resolve(c => c.Source.Outcome);
        Field(ReviewFields.Reason.Name, r => r.Reason, nullable: true).Description(ReviewFields.Reason.Description);
        Field(ReviewFields.ReplacementInstitutionCode.Name, r => r.ReplacementInstitutionCode, nullable: true)
            .Description(ReviewFields.ReplacementInstitutionCode.Description);
        Field<NonNullGraphType<DateOnlyGraphType>>(ReviewFields.DecidedOn.Name).Description(ReviewFields.DecidedOn.Description).Resolve(c => c.Source.DecidedOn);
    }
}
