using System.ComponentModel;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>What collaboration hubs are sorted by.</summary>
public enum HubOrder
{
    [Description("By the prefecture-issued hub id.")]
    Id,

    [Description("By name, in Unicode code point order (names carry no reading, so not 五十音順).")]
    Name,
}
