using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Removes a home-care area no hub or designation uses any more (the history keeps it).</summary>
[GenerateSerializer, Immutable]
public sealed record RetireArea([property: Id(0)] string AreaId) : RegisterEdit
{
    public override string Operation => EditOperations.RetireHomeCareArea;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RecordValidator.ValidateAreaRetirement(AreaId, current);

    public override PrefectureRegister Apply(PrefectureRegister current) => current with { Areas = current.Areas.RemoveAll(a => a.AreaId == AreaId) };
}
