namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>One designated institution as a prefecture submits it.</summary>
public sealed class DesignatedInstitutionInputType : InputObjectGraphType<DesignatedInstitution>
{
    public DesignatedInstitutionInputType()
    {
        Name = "DesignatedInstitutionInput";
        Description = "An institution the prefecture designates as playing an active role in home care (在宅医療において積極的役割を担う医療機関).";
        Field<NonNullGraphType<StringGraphType>>(InstitutionFields.InstitutionCode.Name)
            .Description(InstitutionFields.InstitutionCode.InputDescription);
        Field<NonNullGraphType<StringGraphType>>(InstitutionFields.Name.Name).Description(InstitutionFields.Name.InputDescription);
        Field<NonNullGraphType<Types.InstitutionKindEnum>>(InstitutionFields.Kind.Name).Description(InstitutionFields.Kind.InputDescription);
        Field<NonNullGraphType<StringGraphType>>(InstitutionFields.MunicipalityCode.Name).Description(InstitutionFields.MunicipalityCode.InputDescription);
        Field<StringGraphType>(InstitutionFields.HomeCareAreaId.Name).Description(InstitutionFields.HomeCareAreaId.InputDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Types.HomeCareFunctionEnum>>>>(InstitutionFields.Functions.Name)
            .Description(InstitutionFields.Functions.InputDescription);
        Field<NonNullGraphType<BooleanGraphType>>(InstitutionFields.Provides24Hours.Name).Description(InstitutionFields.Provides24Hours.InputDescription);
        Field<NonNullGraphType<DateOnlyGraphType>>(InstitutionFields.DesignatedOn.Name).Description(InstitutionFields.DesignatedOn.InputDescription);
        Field<Types.DesignationStatusEnum>(InstitutionFields.Status.Name).Description(InstitutionFields.Status.InputDescription).DefaultValue(DesignationStatus.Active);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new DesignatedInstitution(
        value.Required<string>(InstitutionFields.InstitutionCode.Name),
        value.Required<string>(InstitutionFields.Name.Name),
        value.Required<InstitutionKind>(InstitutionFields.Kind.Name),
        value.Required<string>(InstitutionFields.MunicipalityCode.Name),
        value.Optional<string>(InstitutionFields.HomeCareAreaId.Name),
        value.Flags<HomeCareFunctions>(InstitutionFields.Functions.Name),
        value.Required<bool>(InstitutionFields.Provides24Hours.Name),
        value.Required<DateOnly>(InstitutionFields.DesignatedOn.Name),
        value.Optional<DesignationStatus?>(InstitutionFields.Status.Name) ?? DesignationStatus.Active);
}
