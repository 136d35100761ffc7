using HomeCareNational.GraphQL.Connections;

namespace HomeCareNational.GraphQL.Types;

/// <summary>Which way a list is sorted.</summary>
public sealed class SortDirectionEnum : EnumerationGraphType<SortDirection>
{
    public SortDirectionEnum()
    {
        Name = "SortDirection";
        Description = "Which way a list is sorted. Items that sort equal go by their code or id, ascending, whatever the direction.";
    }
}
