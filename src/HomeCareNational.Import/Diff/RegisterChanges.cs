namespace HomeCareNational.Import.Diff;

/// <summary>What replacing a register with an imported list would change, for a dry run; every list is ordered by institution code.</summary>
/// <param name="Added">Institutions whose code was not in the register.</param>
/// <param name="Updated">Institutions in both whose values differ, unless the change is a withdrawal.</param>
/// <param name="Withdrawn">
/// Register entries, as they stood before, that the list leaves out, and those 指定中 before that the list marks 指定取消.
/// </param>
/// <param name="Unchanged">How many institutions are the same in both.</param>
public sealed record RegisterChanges(
    ImmutableArray<DesignatedInstitution> Added,
    ImmutableArray<InstitutionUpdate> Updated,
    ImmutableArray<DesignatedInstitution> Withdrawn,
    int Unchanged)
{
    public bool IsEmpty => Added.IsEmpty && Updated.IsEmpty && Withdrawn.IsEmpty;
}
