
namespace HomeCareNational.GraphQL.Types;

/// <summary>What an import changed, or in a dry run would change.</summary>
public sealed class ImportChangesType : ObjectGraphType<ImportChangesResponse>
{
    public ImportChangesType()
    {
        Name = "ImportChanges";
        Description = "What an import of designated institutions changed or, in a dry run, would change.";
        Field(x => x.DryRun).Description("True when nothing was stored.");
        Field<NonNullGraphType<ChangedInstitutionsType>>("added").Description("Institutions whose code was not in the register.").Resolve(c => c.Source.Added);
        Field<NonNullGraphType<ChangedInstitutionsType>>("updated").Description("Institutions whose values changed.").Resolve(c => c.Source.Updated);
        Field<NonNullGraphType<ChangedInstitutionsType>>("withdrawn").Description("Institutions left out of the file or newly marked 指定取消.").Resolve(c => c.Source.Withdrawn);
        Field(x => x.Unchanged).Description("How many institutions are the same.");
        Field<ImportedTotalsType>("totals").Description("The prefecture's designations in force after the import; null in a dry run.").Resolve(c => c.Source.Totals);
    }
}
