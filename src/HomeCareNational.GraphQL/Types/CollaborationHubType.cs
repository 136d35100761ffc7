namespace HomeCareNational.GraphQL.Types;

/// <summary>A collaboration hub as the prefecture submitted it.</summary>
public sealed class CollaborationHubType : ObjectGraphType<CollaborationHub>
{
    public CollaborationHubType()
    {
        Name = "CollaborationHub";
        Description = "A body named to run home-care collaboration in its areas (在宅医療に必要な連携を担う拠点).";
        Field(h => h.HubId).Description("Prefecture-issued id, unique within the prefecture.");
        Field(h => h.Name).Description("The hub's name.");
        Field<NonNullGraphType<HubOperatorKindEnum>>("operatorKind").Description("Who runs it.").Resolve(c => c.Source.OperatorKind);
        Field(h => h.MunicipalityCode).Description("5-digit JIS X 0402 code of its municipality.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("areaIds")
            .Description("The home-care areas it covers.")
            .Resolve(c => c.Source.AreaIds);
    }
}
