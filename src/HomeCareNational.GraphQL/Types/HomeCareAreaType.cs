using HomeCareNational.GraphQL.Authorization;

namespace HomeCareNational.GraphQL.Types;

/// <summary>A home-care area as the prefecture submitted it.</summary>
public sealed class HomeCareAreaType : ObjectGraphType<AreaView>
{
    public HomeCareAreaType()
    {
        Name = NodeTypeNames.HomeCareArea;
        Description = "An area the prefecture sets for home care (在宅医療の圏域), as its register holds it for a fiscal year. Ministry analysts, and the prefecture's own staff.";
        this.RequireAccess(AccessPolicies.PrefectureDetail);
        this.ImplementNode(NodeIds.Of);
        Field("prefectureCode", v => v.PrefectureCode).Description("JIS X 0401 code of the prefecture whose register holds it, \"01\" to \"47\".");
        Field(AreaFields.AreaId.Name, v => v.Area.AreaId).Description(AreaFields.AreaId.Description);
        Field(AreaFields.Name.Name, v => v.Area.Name).Description(AreaFields.Name.Description);
        Field<NonNullGraphType<AreaUnitTypeEnum>>(AreaFields.UnitType.Name).Description(AreaFields.UnitType.Description).Resolve(c => c.Source.Area.UnitType);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(AreaFields.MunicipalityCodes.Name)
            .Description(AreaFields.MunicipalityCodes.Description)
            .Resolve(c => c.Source.Area.MunicipalityCodes);
        Field<NonNullGraphType<AreaCoverageType>>("coverage")
            .Description("Whether collaboration hubs, active ones, and designations in force cover the area in the fiscal year.")
            .Resolve(c => c.Source.Coverage);
    }
}
