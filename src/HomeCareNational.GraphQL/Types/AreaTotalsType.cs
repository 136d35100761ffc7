namespace HomeCareNational.GraphQL.Types;

/// <summary>Counts of home-care areas.</summary>
public sealed class AreaTotalsType : ObjectGraphType<RegisterTotals>
{
    public AreaTotalsType()
    {
        Name = "AreaTotals";
        Description = "Home-care areas (在宅医療の圏域).";
        Field<NonNullGraphType<IntGraphType>>("total").Description("Areas set.").Resolve(c => c.Source.Areas);
        Field<NonNullGraphType<IntGraphType>>("withoutHub")
            .Description("Areas no collaboration hub covers (拠点のない圏域), whatever the hubs' activity.")
            .Resolve(c => c.Source.AreasWithoutHub);
        Field<NonNullGraphType<IntGraphType>>("withoutDesignatedInstitution")
            .Description("Areas that no designation in force belongs to; designations without an area count for none.")
            .Resolve(c => c.Source.AreasWithoutDesignation);
    }
}
