using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Stores a hub's activity report for the fiscal year, replacing an earlier one.</summary>
[GenerateSerializer, Immutable]
public sealed record ReportHubActivity([property: Id(0)] HubActivityReport Report) : RegisterEdit
{
    public override string Operation => EditOperations.ReportHubActivity;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RecordValidator.ValidateActivityReport(fiscalYear, Report, current);

    public override PrefectureRegister Apply(PrefectureRegister current) =>
        current with { ActivityReports = Upsert.Into(current.ActivityReports, Report, r => r.HubId) };
}
