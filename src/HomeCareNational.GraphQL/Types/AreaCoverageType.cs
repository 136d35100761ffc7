namespace HomeCareNational.GraphQL.Types;

/// <summary>What covers a home-care area.</summary>
public sealed class AreaCoverageType : ObjectGraphType<AreaCoverageView>
{
    public AreaCoverageType()
    {
        Name = "AreaCoverage";
        Description = "Whether collaboration hubs and designated institutions cover a home-care area in the fiscal year.";
        Field("hasHub", c => c.HasHub).Description("At least one collaboration hub covers the area, whatever the hub's activity.");
        Field("hasActiveHub", c => c.HasActiveHub).Description("At least one hub whose activity status is ACTIVE covers the area.");
        Field("hasDesignatedInstitution", c => c.HasDesignatedInstitution)
            .Description("At least one designation in force belongs to the area.");
    }
}
