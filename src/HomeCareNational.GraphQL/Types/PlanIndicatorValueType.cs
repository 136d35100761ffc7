namespace HomeCareNational.GraphQL.Types;

/// <summary>The value of one plan indicator.</summary>
public sealed class PlanIndicatorValueType : ObjectGraphType<IndicatorValue>
{
    public PlanIndicatorValueType()
    {
        Name = "PlanIndicatorValue";
        Description = "A plan indicator counted over the designations in force. The plan counts every such institution in the prefecture; the register holds the designated ones only, so this is the designated part of the indicator, at most the plan's figure.";
        Field<NonNullGraphType<PlanIndicatorEnum>>("indicator").Description("Which indicator.").Resolve(c => c.Source.Indicator);
        Field<NonNullGraphType<StringGraphType>>("labelJa").Description("The indicator's name in the plan guidance, e.g. 在宅療養後方支援病院数.").Resolve(c => c.Source.Indicator.Info().LabelJa);
        Field(v => v.Value).Description("The count.");
        Field<NonNullGraphType<StringGraphType>>("basis").Description("What exactly is counted.").Resolve(c => c.Source.Indicator.Info().Basis);
    }
}
