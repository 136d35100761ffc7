using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Records the review outcome of a non-clinical designation; withdrawn and replaced ones go out of force.</summary>
[GenerateSerializer, Immutable]
public sealed record RecordReview(
    [property: Id(0)] string InstitutionCode,
    [property: Id(1)] DesignationReview Review) : RegisterEdit
{
    public override string Operation => EditOperations.RecordDesignationReview;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RecordValidator.ValidateReview(InstitutionCode, Review, current);

    public override PrefectureRegister Apply(PrefectureRegister current) => current with
    {
        Institutions = [.. current.Institutions.Select(i => i.InstitutionCode != InstitutionCode
            ? i
            : i with { Review = Review, Status = Review.Outcome == ReviewOutcome.Kept ? i.Status : DesignationStatus.Withdrawn })],
    };
}
