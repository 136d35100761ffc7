using HomeCareNational.GraphQL.Authorization;

namespace HomeCareNational.GraphQL.Types;

/// <summary>A designated institution as the prefecture submitted it.</summary>
public sealed class DesignatedInstitutionType : ObjectGraphType<InstitutionView>
{
    public DesignatedInstitutionType()
    {
        Name = NodeTypeNames.DesignatedInstitution;
        Description = "An institution designated as playing an active role in home care (在宅医療において積極的役割を担う医療機関), as its prefecture's register holds it for a fiscal year. Ministry analysts, and the prefecture's own staff.";
        this.RequireAccess(AccessPolicies.PrefectureDetail);
        this.ImplementNode(NodeIds.Of);
        Field("prefectureCode", v => v.PrefectureCode).Description("JIS X 0401 code of the prefecture whose register holds it, \"01\" to \"47\".");
        Field("institutionCode", v => v.Institution.InstitutionCode).Description("The 10-digit 医療機関コード, or the prefecture-issued id of a body without one.");
        Field("name", v => v.Institution.Name).Description("The institution's name.");
        Field<NonNullGraphType<InstitutionKindEnum>>("kind").Description("What kind of body it is.").Resolve(c => c.Source.Institution.Kind);
        Field<NonNullGraphType<BooleanGraphType>>("clinical").Description("Whether it is a hospital or clinic.").Resolve(c => c.Source.Institution.Kind.IsClinical());
        Field("municipalityCode", v => v.Institution.MunicipalityCode).Description("5-digit JIS X 0402 code of its municipality.");
        Field("homeCareAreaId", v => v.Institution.HomeCareAreaId, nullable: true).Description("The home-care area it belongs to, if assigned.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HomeCareFunctionEnum>>>>("functions")
            .Description("Which of the four home-care functions it provides.")
            .Resolve(c => HomeCareFunctionEnum.Split(c.Source.Institution.Functions));
        Field("provides24Hours", v => v.Institution.Provides24Hours).Description("Whether it provides home care around the clock.");
        Field<NonNullGraphType<DateOnlyGraphType>>("designatedOn").Description("Date of designation.").Resolve(c => c.Source.Institution.DesignatedOn);
        Field<NonNullGraphType<DesignationStatusEnum>>("status").Description("Whether the designation is in force.").Resolve(c => c.Source.Institution.Status);
        Field<NonNullGraphType<ReviewStateEnum>>("reviewState")
            .Description("Where the designation stands in the review of non-clinical designations; NOT_REQUIRED for a hospital or clinic.")
            .Resolve(c => c.Source.Institution.ReviewState);
        Field<DesignationReviewType>("review")
            .Description("The outcome of the review of this non-clinical designation; null until one is recorded, and always for a hospital or clinic.")
            .Resolve(c => c.Source.Institution.Review);
    }
}
