using HomeCareNational.GraphQL.Connections;

namespace HomeCareNational.GraphQL.Types;

/// <summary>What designated institutions are sorted by.</summary>
public sealed class InstitutionOrderEnum : EnumerationGraphType<InstitutionOrder>
{
    public InstitutionOrderEnum()
    {
        Name = "InstitutionOrder";
        Description = "What a list of designated institutions is sorted by.";
    }
}
