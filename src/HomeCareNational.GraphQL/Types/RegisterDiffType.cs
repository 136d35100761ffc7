
namespace HomeCareNational.GraphQL.Types;

/// <summary>The net change of a register between two revisions.</summary>
public sealed class RegisterDiffType : ObjectGraphType<RevisionDiff>
{
    public RegisterDiffType()
    {
        Name = "RegisterDiff";
        Description = "How a prefecture's register differs between two versions: each record touched in between, as it was at the first version and as it is at the second. Records that end as they started are left out.";
        Field(d => d.FromVersion).Description("The version compared from; 0 is the empty register before the first revision.");
        Field(d => d.ToVersion).Description("The version compared to.");
        Field(d => d.Added).Description("Records at `toVersion` that were not at `fromVersion`.");
        Field(d => d.Altered).Description("Records at both versions, with other values.");
        Field(d => d.Removed).Description("Records at `fromVersion` that are not at `toVersion`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordChangeType>>>>("changes")
            .Description("The records that differ, by kind then id: `before` is the record at `fromVersion`, `after` at `toVersion`.")
            .Resolve(c => c.Source.Changes);
    }
}
