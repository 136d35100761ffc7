using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Adds a home-care area, or replaces the one with the same id.</summary>
[GenerateSerializer, Immutable]
public sealed record UpsertArea([property: Id(0)] HomeCareArea Area) : RegisterEdit
{
    public override string Operation => EditOperations.UpsertHomeCareArea;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RecordValidator.ValidateArea(prefectureCode, Area, current);

    public override PrefectureRegister Apply(PrefectureRegister current) =>
        current with { Areas = Upsert.Into(current.Areas, Area, a => a.AreaId) };
}
