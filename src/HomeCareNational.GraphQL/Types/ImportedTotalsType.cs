
namespace HomeCareNational.GraphQL.Types;

/// <summary>The prefecture's designations in force after an import.</summary>
public sealed class ImportedTotalsType : ObjectGraphType<ImportedTotals>
{
    public ImportedTotalsType()
    {
        Name = "ImportedTotals";
        Description = "The prefecture's designations in force after the import, and the version of its register.";
        Field(x => x.Total).Description("Designations in force.");
        Field(x => x.Clinical).Description("Of which hospitals and clinics.");
        Field(x => x.NonClinical).Description("Of which other bodies.");
        Field(x => x.Version).Description("The register's version after the import.");
    }
}
