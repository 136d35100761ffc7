
namespace HomeCareNational.GraphQL.Types;

/// <summary>Whether a record was added, altered or removed.</summary>
public sealed class RecordChangeKindEnum : EnumerationGraphType<RecordChangeKind>
{
    public RecordChangeKindEnum()
    {
        Name = "RecordChangeKind";
        Description = "What happened to a record: added, altered or removed.";
        foreach (var value in Values)
        {
            value.Description = (RecordChangeKind)value.Value! switch
            {
                RecordChangeKind.Added => "It was not in the register before and is after: `before` is null.",
                RecordChangeKind.Altered => "It is in the register before and after, with other values.",
                _ => "It was in the register before and is not after: `after` is null.",
            };
        }
    }
}
