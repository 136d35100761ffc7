namespace HomeCareNational.GraphQL.Types;

/// <summary>Counts of collaboration hubs.</summary>
public sealed class HubTotalsType : ObjectGraphType<RegisterTotals>
{
    public HubTotalsType()
    {
        Name = "HubTotals";
        Description = "Collaboration hubs (在宅医療に必要な連携を担う拠点).";
        Field<NonNullGraphType<IntGraphType>>("total").Description("Hubs placed.").Resolve(c => c.Source.Hubs);
    }
}
