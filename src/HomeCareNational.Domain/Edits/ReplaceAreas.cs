using System.Collections.Immutable;
using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Replaces every home-care area of the fiscal year.</summary>
[GenerateSerializer, Immutable]
public sealed record ReplaceAreas([property: Id(0)] ImmutableArray<HomeCareArea> Areas) : RegisterEdit
{
    public override string Operation => EditOperations.SubmitHomeCareAreas;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RegisterValidator.ValidateAreas(prefectureCode, Areas, current);

    public override PrefectureRegister Apply(PrefectureRegister current) => current with { Areas = Areas };
}
