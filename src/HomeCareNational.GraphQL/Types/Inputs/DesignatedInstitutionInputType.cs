namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>One designated institution as a prefecture submits it.</summary>
public sealed class DesignatedInstitutionInputType : InputObjectGraphType<DesignatedInstitution>
{
    public DesignatedInstitutionInputType()
    {
        Name = "DesignatedInstitutionInput";
        Description = "An institution the prefecture designates as playing an active role in home care (在宅医療において積極的役割を担う医療機関).";
        Field<NonNullGraphType<StringGraphType>>("institutionCode")
            .Description("The 10-digit 医療機関コード, or for a body without one a prefecture-issued id starting with a letter. Unique within the prefecture.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The institution's name (at most 200 characters).");
        Field<NonNullGraphType<Types.InstitutionKindEnum>>("kind").Description("What kind of body it is.");
        Field<NonNullGraphType<StringGraphType>>("municipalityCode").Description("5-digit JIS X 0402 code of its municipality, starting with the prefecture code.");
        Field<StringGraphType>("homeCareAreaId").Description("The home-care area it belongs to; the area must already be submitted.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Types.HomeCareFunctionEnum>>>>("functions")
            .Description("Which of the four home-care functions it provides.");
        Field<NonNullGraphType<BooleanGraphType>>("provides24Hours").Description("Whether it provides home care around the clock.");
        Field<NonNullGraphType<DateOnlyGraphType>>("designatedOn").Description("Date of designation; not after the end of the fiscal year.");
        Field<Types.DesignationStatusEnum>("status").Description("Whether the designation is in force; ACTIVE when omitted.").DefaultValue(DesignationStatus.Active);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new DesignatedInstitution(
        value.Required<string>("institutionCode"),
        value.Required<string>("name"),
        value.Required<InstitutionKind>("kind"),
        value.Required<string>("municipalityCode"),
        value.Optional<string>("homeCareAreaId"),
        value.Flags<HomeCareFunctions>("functions"),
        value.Required<bool>("provides24Hours"),
        value.Required<DateOnly>("designatedOn"),
        value.Optional<DesignationStatus?>("status") ?? DesignationStatus.Active);
}
