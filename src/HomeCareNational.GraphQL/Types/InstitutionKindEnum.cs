namespace HomeCareNational.GraphQL.Types;

/// <summary>The institution kinds of the domain glossary.</summary>
public sealed class InstitutionKindEnum() : LabelledEnumerationGraphType<InstitutionKind>(
    "InstitutionKind",
    "What kind of body a designated institution is (種別). Hospitals and clinics, dental clinics included, count as clinical.",
    kind => kind.Info().LabelJa);
