namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>One home-care area as a prefecture submits it.</summary>
public sealed class HomeCareAreaInputType : InputObjectGraphType<HomeCareArea>
{
    public HomeCareAreaInputType()
    {
        Name = "HomeCareAreaInput";
        Description = "An area the prefecture sets for home care (在宅医療の圏域).";
        Field<NonNullGraphType<StringGraphType>>("areaId").Description("Prefecture-issued id: 1 to 32 letters, digits, '-' or '_'. Unique within the prefecture.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The area's name (at most 200 characters).");
        Field<NonNullGraphType<Types.AreaUnitTypeEnum>>("unitType").Description("How the area is drawn.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalityCodes")
            .Description("5-digit JIS X 0402 codes of the municipalities it spans; at least one.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HomeCareArea(
        value.Required<string>("areaId"),
        value.Required<string>("name"),
        value.Required<AreaUnitType>("unitType"),
        value.List<string>("municipalityCodes"));
}
