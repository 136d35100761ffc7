using HomeCareNational.Abstractions.History;

namespace HomeCareNational.GraphQL.Types;

/// <summary>One revision with every record it touched.</summary>
public sealed class RevisionDetailType : ObjectGraphType<RegisterEvent>
{
    public RevisionDetailType()
    {
        Name = "RevisionDetail";
        Description = "One accepted change of a prefecture's register, as `Revision` shows it, with every record it added, altered or removed, before and after.";
        this.AddRevisionFields(e => e.Summary());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordChangeType>>>>("changes")
            .Description("Every record the change touched, by kind then id.")
            .Resolve(c => c.Source.Changes.IsDefault ? [] : c.Source.Changes);
    }
}
