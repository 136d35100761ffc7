namespace HomeCareNational.GraphQL.Types;

/// <summary>The count of hubs one kind of body runs.</summary>
public sealed class HubOperatorKindCountType : ObjectGraphType<OperatorKindCount>
{
    public HubOperatorKindCountType()
    {
        Name = "HubOperatorKindCount";
        Description = "How many collaboration hubs one kind of body runs (運営主体別の拠点数).";
        Field<NonNullGraphType<HubOperatorKindEnum>>("operatorKind").Description("Who runs them.").Resolve(c => c.Source.OperatorKind);
        Field<NonNullGraphType<StringGraphType>>("labelJa").Description("The operator kind's Japanese label, e.g. 市町村.").Resolve(c => c.Source.OperatorKind.LabelJa());
        Field(k => k.Count).Description("Hubs run by this kind of body.");
    }
}
