namespace HomeCareNational.GraphQL.Types;

/// <summary>Whether a designation is in force.</summary>
public sealed class DesignationStatusEnum : EnumerationGraphType<DesignationStatus>
{
    public DesignationStatusEnum()
    {
        Name = "DesignationStatus";
        Description = "Whether a designation is in force; withdrawn designations are kept but not counted.";
        foreach (var value in Values)
        {
            value.Description = ((DesignationStatus)value.Value!).LabelJa();
        }
    }
}
