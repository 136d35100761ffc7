namespace HomeCareNational.GraphQL.Types;

/// <summary>A designated institution as the prefecture submitted it.</summary>
public sealed class DesignatedInstitutionType : ObjectGraphType<DesignatedInstitution>
{
    public DesignatedInstitutionType()
    {
        Name = "DesignatedInstitution";
        Description = "An institution designated as playing an active role in home care (在宅医療において積極的役割を担う医療機関).";
        Field(i => i.InstitutionCode).Description("The 10-digit 医療機関コード, or the prefecture-issued id of a body without one.");
        Field(i => i.Name).Description("The institution's name.");
        Field<NonNullGraphType<InstitutionKindEnum>>("kind").Description("What kind of body it is.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<BooleanGraphType>>("clinical").Description("Whether it is a hospital or clinic.").Resolve(c => c.Source.Kind.IsClinical());
        Field(i => i.MunicipalityCode).Description("5-digit JIS X 0402 code of its municipality.");
        Field(i => i.HomeCareAreaId, nullable: true).Description("The home-care area it belongs to, if assigned.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HomeCareFunctionEnum>>>>("functions")
            .Description("Which of the four home-care functions it provides.")
            .Resolve(c => HomeCareFunctionEnum.Split(c.Source.Functions));
        Field(i => i.Provides24Hours).Description("Whether it provides home care around the clock.");
        Field<NonNullGraphType<DateOnlyGraphType>>("designatedOn").Description("Date of designation.").Resolve(c => c.Source.DesignatedOn);
        Field<NonNullGraphType<DesignationStatusEnum>>("status").Description("Whether the designation is in force.").Resolve(c => c.Source.Status);
    }
}
