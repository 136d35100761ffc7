namespace HomeCareNational.GraphQL.Types;

/// <summary>Who runs a collaboration hub.</summary>
public sealed class HubOperatorKindEnum : EnumerationGraphType<HubOperatorKind>
{
    public HubOperatorKindEnum()
    {
        Name = "HubOperatorKind";
        Description = "Who runs a collaboration hub (拠点の運営主体); the bodies the 8th plan names as eligible.";
        foreach (var value in Values)
        {
            value.Description = ((HubOperatorKind)value.Value!).LabelJa();
        }
    }
}
