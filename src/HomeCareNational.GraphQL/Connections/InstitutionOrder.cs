using System.ComponentModel;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>What designated institutions are sorted by.</summary>
public enum InstitutionOrder
{
    [Description("By institution code (医療機関コード or prefecture-issued id).")]
    Code,

    [Description("By name, in Unicode code point order (names carry no reading, so not 五十音順).")]
    Name,

    [Description("By date of designation.")]
    DesignatedOn,
}
