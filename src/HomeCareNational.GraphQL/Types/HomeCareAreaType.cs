namespace HomeCareNational.GraphQL.Types;

/// <summary>A home-care area as the prefecture submitted it.</summary>
public sealed class HomeCareAreaType : ObjectGraphType<HomeCareArea>
{
    public HomeCareAreaType()
    {
        Name = "HomeCareArea";
        Description = "An area the prefecture sets for home care (在宅医療の圏域).";
        Field(a => a.AreaId).Description("Prefecture-issued id, unique within the prefecture.");
        Field(a => a.Name).Description("The area's name.");
        Field<NonNullGraphType<AreaUnitTypeEnum>>("unitType").Description("How the area is drawn.").Resolve(c => c.Source.UnitType);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalityCodes")
            .Description("5-digit JIS X 0402 codes of the municipalities it spans.")
            .Resolve(c => c.Source.MunicipalityCodes);
    }
}
