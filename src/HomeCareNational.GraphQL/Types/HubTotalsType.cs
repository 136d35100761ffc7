namespace HomeCareNational.GraphQL.Types;

/// <summary>Counts of collaboration hubs.</summary>
public sealed class HubTotalsType : ObjectGraphType<RegisterTotals>
{
    public HubTotalsType()
    {
        Name = "HubTotals";
        Description = "Collaboration hubs (在宅医療に必要な連携を担う拠点).";
        Field<NonNullGraphType<IntGraphType>>("total").Description("Hubs placed.").Resolve(c => c.Source.Hubs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HubOperatorKindCountType>>>>("byOperatorKind")
            .Description("Hubs per kind of body that runs them, every kind listed (zeros included), in glossary order.")
            .Resolve(c => Enum.GetValues<HubOperatorKind>().Select(k => new OperatorKindCount(k, c.Source.HubsByOperatorKind.GetValueOrDefault(k))).ToList());
    }
}
