namespace HomeCareNational.GraphQL.Types;

/// <summary>The recorded outcome of reviewing a non-clinical designation.</summary>
public sealed class DesignationReviewType : ObjectGraphType<DesignationReview>
{
    public DesignationReviewType()
    {
        Name = "DesignationReview";
        Description = "The outcome the prefecture recorded when it reviewed a non-clinical designation (非医療機関の指定の見直し).";
        Field<NonNullGraphType<ReviewOutcomeEnum>>("outcome").Description("What was decided.").Resolve(c => c.Source.Outcome);
        Field("reason", r => r.Reason, nullable: true).Description("Why; always given when the designation was kept.");
        Field("replacementInstitutionCode", r => r.ReplacementInstitutionCode, nullable: true)
            .Description("For REPLACED_BY_CLINICAL: the institution code of the hospital or clinic designated in its place; otherwise null.");
        Field<NonNullGraphType<DateOnlyGraphType>>("decidedOn").Description("The day the prefecture decided.").Resolve(c => c.Source.DecidedOn);
    }
}
