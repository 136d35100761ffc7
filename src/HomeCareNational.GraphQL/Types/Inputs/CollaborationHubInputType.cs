namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>One collaboration hub as a prefecture submits it.</summary>
public sealed class CollaborationHubInputType : InputObjectGraphType<CollaborationHub>
{
    public CollaborationHubInputType()
    {
        Name = "CollaborationHubInput";
        Description = "A body named to run home-care collaboration in its areas (在宅医療に必要な連携を担う拠点).";
        Field<NonNullGraphType<StringGraphType>>("hubId").Description("Prefecture-issued id: 1 to 32 letters, digits, '-' or '_'. Unique within the prefecture.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The hub's name (at most 200 characters).");
        Field<NonNullGraphType<Types.HubOperatorKindEnum>>("operatorKind").Description("Who runs it.");
        Field<NonNullGraphType<StringGraphType>>("municipalityCode").Description("5-digit JIS X 0402 code of its municipality.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("areaIds")
            .Description("The home-care areas it covers; each must already be submitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CollaborationHub(
        value.Required<string>("hubId"),
        value.Required<string>("name"),
        value.Required<HubOperatorKind>("operatorKind"),
        value.Required<string>("municipalityCode"),
        value.List<string>("areaIds"));
}
