using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Withdraws one designation: it stays in the register, no longer in force. Withdrawing it again changes nothing.</summary>
[GenerateSerializer, Immutable]
public sealed record WithdrawDesignation([property: Id(0)] string InstitutionCode) : RegisterEdit
{
    public override string Operation => EditOperations.WithdrawDesignation;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RecordValidator.ValidateWithdrawal(InstitutionCode, current);

    public override PrefectureRegister Apply(PrefectureRegister current) => current with
    {
        Institutions = [.. current.Institutions.Select(i => i.InstitutionCode == InstitutionCode ? i with { Status = DesignationStatus.Withdrawn } : i)],
    };
}
