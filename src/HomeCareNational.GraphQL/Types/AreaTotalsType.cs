namespace HomeCareNational.GraphQL.Types;

/// <summary>Counts of home-care areas.</summary>
public sealed class AreaTotalsType : ObjectGraphType<RegisterTotals>
{
    public AreaTotalsType()
    {
        Name = "AreaTotals";
        Description = "Home-care areas (在宅医療の圏域).";
        Field<NonNullGraphType<IntGraphType>>("total").Description("Areas set.").Resolve(c => c.Source.Areas);
    }
}
