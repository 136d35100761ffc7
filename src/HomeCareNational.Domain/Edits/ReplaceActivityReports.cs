using System.Collections.Immutable;
using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Replaces every hub activity report of the fiscal year, e.g. from the prefecture's annual survey of its hubs.</summary>
[GenerateSerializer, Immutable]
public sealed record ReplaceActivityReports([property: Id(0)] ImmutableArray<HubActivityReport> Reports) : RegisterEdit
{
    public override string Operation => EditOperations.SubmitHubActivityReports;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RecordValidator.ValidateActivityReports(fiscalYear, Reports, current);

    public override PrefectureRegister Apply(PrefectureRegister current) => current with { ActivityReports = Reports };
}
