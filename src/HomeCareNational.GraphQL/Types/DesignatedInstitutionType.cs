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
        Field(InstitutionFields.InstitutionCode.Name, v => v.Institution.InstitutionCode).Description(InstitutionFields.InstitutionCode.Description);
        Field(InstitutionFields.Name.Name, v => v.Institution.Name).Description(InstitutionFields.Name.Description);
        Field<NonNullGraphType<InstitutionKindEnum>>(InstitutionFields.Kind.Name).Description(InstitutionFields.Kind.Description).Resolve(c => c.Source.Institution.Kind);
        Field<NonNullGraphType<BooleanGraphType>>("clinical").Description("Whether it is a hospital or clinic.").Resolve(c => c.Source.Institution.Kind.IsClinical());
        Field(InstitutionFields.MunicipalityCode.Name, v => v.Institution.MunicipalityCode).Description(InstitutionFields.MunicipalityCode.Description);
        Field(InstitutionFields.HomeCareAreaId.Name, v => v.Institution.HomeCareAreaId, nullable: true).Description(InstitutionFields.HomeCareAreaId.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HomeCareFunctionEnum>>>>(InstitutionFields.Functions.Name)
            .Description(InstitutionFields.Functions.Description)
            .Resolve(c => HomeCareFunctionEnum.Split(c.Source.Institution.Functions));
        Field(InstitutionFields.Provides24Hours.Name, v => v.Institution.Provides24Hours).Description(InstitutionFields.Provides24Hours.Description);
        Field<NonNullGraphType<DateOnlyGraphType>>(InstitutionFields.DesignatedOn.Name).Description(InstitutionFields.DesignatedOn.Description).Resolve(c => c.Source.Institution.DesignatedOn);
        Field<NonNullGraphType<DesignationStatusEnum>>(InstitutionFields.Status.Name).Description(InstitutionFields.Status.Description).Resolve(c => c.Source.Institution.Status);
        Field<NonNullGraphType<ReviewStateEnum>>("reviewState")
            .Description("Where the designation stands in the review of non-clinical designations; NOT_REQUIRED for a hospital or clinic.")
            .Resolve(c => c.Source.Institution.ReviewState);
        Field<DesignationReviewType>(InstitutionFields.Review.Name)
            .Description(InstitutionFields.Review.Description)
            .Resolve(c => c.Source.Institution.Review);
    }
}
