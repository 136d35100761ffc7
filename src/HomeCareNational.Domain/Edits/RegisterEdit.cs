using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>
/// One change a prefecture asks for on its register of a fiscal year: checked against the register as it is, then
/// applied. Every mutation of the API is one edit; the prefecture grain validates, applies and records it.
/// </summary>
[GenerateSerializer]
public abstract record RegisterEdit
{
    /// <summary>The name of the change in the history, the same as the API's mutation: one of <see cref="EditOperations"/>.</summary>
    public abstract string Operation { get; }

    /// <summary>Every problem with the edit against <paramref name="current"/>; empty when it may be applied.</summary>
    public abstract IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current);

    /// <summary>The register after the edit; only called when <see cref="Validate"/> found nothing.</summary>
    public abstract PrefectureRegister Apply(PrefectureRegister current);
}
