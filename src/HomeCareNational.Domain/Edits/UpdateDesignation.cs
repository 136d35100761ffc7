using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Replaces one designation by its institution code; a recorded review outcome stays with it.</summary>
[GenerateSerializer, Immutable]
public sealed record UpdateDesignation([property: Id(0)] DesignatedInstitution Institution) : RegisterEdit
{
    public override string Operation => EditOperations.UpdateDesignation;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RecordValidator.ValidateDesignation(prefectureCode, fiscalYear, Institution, isNew: false, current);

    public override PrefectureRegister Apply(PrefectureRegister current) => current with
    {
        Institutions = [.. current.Institutions.Select(i => i.InstitutionCode == Institution.InstitutionCode ? Institution with { Review = Institution.Review ?? i.Review } : i)],
    };
}
