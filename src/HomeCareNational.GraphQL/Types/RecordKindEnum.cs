using HomeCareNational.Abstractions.History;

namespace HomeCareNational.GraphQL.Types;

/// <summary>What kind of register record a change is about.</summary>
public sealed class RecordKindEnum : EnumerationGraphType<RecordKind>
{
    public RecordKindEnum()
    {
        Name = "RecordKind";
        Description = "What kind of record of a prefecture's register a change is about.";
        foreach (var value in Values)
        {
            value.Description = (RecordKind)value.Value! switch
            {
                RecordKind.Area => "A home-care area (在宅医療圏); its id is the area id.",
                RecordKind.Hub => "A collaboration hub (連携拠点); its id is the hub id.",
                RecordKind.Designation => "A designated institution (積極的役割を担う医療機関); its id is the institution code.",
                _ => "A hub's activity report for the fiscal year; its id is the hub id.",
            };
        }
    }
}
