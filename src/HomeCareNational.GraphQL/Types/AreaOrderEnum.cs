using HomeCareNational.GraphQL.Connections;

namespace HomeCareNational.GraphQL.Types;

/// <summary>What home-care areas are sorted by.</summary>
public sealed class AreaOrderEnum : EnumerationGraphType<AreaOrder>
{
    public AreaOrderEnum()
    {
        Name = "AreaOrder";
        Description = "What a list of home-care areas is sorted by.";
    }
}
