namespace HomeCareNational.GraphQL.Types;

/// <summary>The institution kinds of the domain glossary, each described by its Japanese label.</summary>
public sealed class InstitutionKindEnum : EnumerationGraphType<InstitutionKind>
{
    public InstitutionKindEnum()
    {
        Name = "InstitutionKind";
        Description = "What kind of body a designated institution is (種別). Hospitals and clinics, dental clinics included, count as clinical.";
        foreach (var value in Values)
        {
            value.Description = ((InstitutionKind)value.Value!).Info().LabelJa;
        }
    }
}
