namespace HomeCareNational.GraphQL.Types;

/// <summary>How a home-care area is drawn.</summary>
public sealed class AreaUnitTypeEnum : EnumerationGraphType<AreaUnitType>
{
    public AreaUnitTypeEnum()
    {
        Name = "AreaUnitType";
        Description = "The unit a prefecture uses to draw a home-care area (圏域の単位).";
        foreach (var value in Values)
        {
            value.Description = ((AreaUnitType)value.Value!).LabelJa();
        }
    }
}
