using System.Collections.Immutable;
using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>
/// Replaces every designation of the fiscal year, from the API or an imported file. Review outcomes are not part of
/// a submission: a designation submitted again keeps the outcome recorded for it.
/// </summary>
/// <param name="Institutions">The complete list.</param>
/// <param name="Imported">True when it came from an uploaded file.</param>
[GenerateSerializer, Immutable]
public sealed record ReplaceDesignations(
    [property: Id(0)] ImmutableArray<DesignatedInstitution> Institutions,
    [property: Id(1)] bool Imported = false) : RegisterEdit
{
    public override string Operation => Imported ? EditOperations.ImportDesignations : EditOperations.SubmitDesignations;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RegisterValidator.ValidateInstitutions(prefectureCode, fiscalYear, Institutions, current);

    public override PrefectureRegister Apply(PrefectureRegister current)
    {
        var reviews = current.Institutions.Where(i => i.Review is not null).ToDictionary(i => i.InstitutionCode, i => i.Review, StringComparer.Ordinal);
        return current with { Institutions = [.. Institutions.Select(i => i.Review is null && reviews.TryGetValue(i.InstitutionCode, out var review) ? i with { Review = review } : i)] };
    }
}
