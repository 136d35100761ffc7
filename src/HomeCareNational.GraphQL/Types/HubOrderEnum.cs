using HomeCareNational.GraphQL.Connections;

namespace HomeCareNational.GraphQL.Types;

/// <summary>What collaboration hubs are sorted by.</summary>
public sealed class HubOrderEnum : EnumerationGraphType<HubOrder>
{
    public HubOrderEnum()
    {
        Name = "HubOrder";
        Description = "What a list of collaboration hubs is sorted by.";
    }
}
