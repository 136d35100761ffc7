using HomeCareNational.Abstractions.History;

namespace HomeCareNational.GraphQL.Types;

/// <summary>One record of a register before and after a change.</summary>
public sealed class RecordChangeType : ObjectGraphType<RecordChange>
{
    public RecordChangeType()
    {
        Name = "RecordChange";
        Description = "One record of a prefecture's register as it was before and after a change: a revision, or the net change between two revisions. The records are JSON as the history keeps them (camelCase, enums by name).";
        Field<NonNullGraphType<RecordKindEnum>>("kind").Description("What kind of record.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("id").Description("Its key within the prefecture: area id, hub id or institution code (a hub activity report: its hub's id).").Resolve(c => c.Source.Id);
        Field<StringGraphType>("before").Description("The record before, as a JSON object; null when it was added.").Resolve(c => c.Source.Before);
        Field<StringGraphType>("after").Description("The record after, as a JSON object; null when it was removed.").Resolve(c => c.Source.After);
        Field<NonNullGraphType<RecordChangeKindEnum>>("change").Description("Added, altered or removed.").Resolve(c => RecordComparison.KindOf(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedFields")
            .Description("The top-level properties of the record whose values differ between before and after, e.g. [\"status\", \"withdrawnOn\"]; every property of an added or removed record.")
            .Resolve(c => RecordComparison.ChangedFields(c.Source));
    }
}
