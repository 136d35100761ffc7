using System.ComponentModel;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>What home-care areas are sorted by.</summary>
public enum AreaOrder
{
    [Description("By the prefecture-issued area id.")]
    Id,

    [Description("By name, in Unicode code point order (names carry no reading, so not 五十音順).")]
    Name,
}
