using HomeCareNational.Abstractions.History;

namespace HomeCareNational.GraphQL.Types;

/// <summary>One accepted change (revision) of a prefecture's register.</summary>
public sealed class RevisionType : ObjectGraphType<RevisionSummary>
{
    public RevisionType()
    {
        Name = "Revision";
        Description = "One accepted change of a prefecture's register for a fiscal year, as kept in the append-only history: who, when, what, and how many records it touched. `Prefecture.revision(version:)` has the records themselves.";
        this.AddRevisionFields(s => s);
    }
}
