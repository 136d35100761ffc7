using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Adds one designation.</summary>
[GenerateSerializer, Immutable]
public sealed record AddDesignation([property: Id(0)] DesignatedInstitution Institution) : RegisterEdit
{
    public override string Operation => EditOperations.AddDesignation;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RecordValidator.ValidateDesignation(prefectureCode, fiscalYear, Institution, isNew: true, current);

    public override PrefectureRegister Apply(PrefectureRegister current) => current with { Institutions = current.Institutions.Add(Institution) };
}
