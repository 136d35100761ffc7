namespace HomeCareNational.GraphQL.Types.Inputs;

/// <summary>One collaboration hub as a prefecture submits it.</summary>
public sealed class CollaborationHubInputType : InputObjectGraphType<CollaborationHub>
{
    public CollaborationHubInputType()
    {
        Name = "CollaborationHubInput";
        Description = "A body named to run home-care collaboration in its areas (在宅医療に必要な連携を担う拠点).";
        Field<NonNullGraphType<StringGraphType>>(HubFields.HubId.Name).Description(HubFields.HubId.InputDescription);
        Field<NonNullGraphType<StringGraphType>>(HubFields.Name.Name).Description(HubFields.Name.InputDescription);
        Field<NonNullGraphType<Types.HubOperatorKindEnum>>(HubFields.OperatorKind.Name).Description(HubFields.OperatorKind.InputDescription);
        Field<NonNullGraphType<StringGraphType>>(HubFields.MunicipalityCode.Name).Description(HubFields.MunicipalityCode.InputDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(HubFields.AreaIds.Name)
            .Description(HubFields.AreaIds.InputDescription);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CollaborationHub(
        value.Required<string>(HubFields.HubId.Name),
        value.Required<string>(HubFields.Name.Name),
        value.Required<HubOperatorKind>(HubFields.OperatorKind.Name),
        value.Required<string>(HubFields.MunicipalityCode.Name),
        value.List<string>(HubFields.AreaIds.Name));
}
