namespace HomeCareNational.GraphQL.Types;

/// <summary>Counts of designations in force.</summary>
public sealed class DesignationTotalsType : ObjectGraphType<DesignationTotals>
{
    public DesignationTotalsType()
    {
        Name = "DesignationTotals";
        Description = "Designated institutions in force (積極的役割を担う医療機関), split clinical / non-clinical and by kind.";
        Field(t => t.Total).Description("Designations in force.");
        Field(t => t.Clinical).Description("Of which hospitals and clinics (病院・診療所), dental clinics included.");
        Field(t => t.NonClinical).Description("Of which bodies other than hospitals and clinics; the working group asks for these to be reviewed.");
        Field(t => t.NonClinicalShare).Description("NonClinical / total, from 0 to 1; 0 when there are no designations.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("byKind")
            .Description("Count per kind, every kind listed (zeros included), in glossary order.")
            .Resolve(c => Enum.GetValues<InstitutionKind>().Select(k => new KindCount(k, c.Source.ByKind.GetValueOrDefault(k))).ToList());
    }
}
