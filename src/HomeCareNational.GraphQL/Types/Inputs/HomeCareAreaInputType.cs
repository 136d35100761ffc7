namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>One home-care area as a prefecture submits it.</summary>
public sealed class HomeCareAreaInputType : InputObjectGraphType<HomeCareArea>
{
    public HomeCareAreaInputType()
    {
        Name = "HomeCareAreaInput";
        Description = "An area the prefecture sets for home care (在宅医療の圏域).";
        Field<NonNullGraphType<StringGraphType>>(AreaFields.AreaId.Name).Description(AreaFields.AreaId.InputDescription);
        Field<NonNullGraphType<StringGraphType>>(AreaFields.Name.Name).Description(AreaFields.Name.InputDescription);
        Field<NonNullGraphType<Types.AreaUnitTypeEnum>>(AreaFields.UnitType.Name).Description(AreaFields.UnitType.InputDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(AreaFields.MunicipalityCodes.Name)
            .Description(AreaFields.MunicipalityCodes.InputDescription);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HomeCareArea(
        value.Required<string>(AreaFields.AreaId.Name),
        value.Required<string>(AreaFields.Name.Name),
        value.Required<AreaUnitType>(AreaFields.UnitType.Name),
        value.List<string>(AreaFields.MunicipalityCodes.Name));
}
