using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Removes a hub and its activity report from the fiscal year's register (the history keeps them).</summary>
[GenerateSerializer, Immutable]
public sealed record RetireHub([property: Id(0)] string HubId) : RegisterEdit
{
    public override string Operation => EditOperations.RetireCollaborationHub;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RecordValidator.ValidateHubRetirement(HubId, current);

    public override PrefectureRegister Apply(PrefectureRegister current) => current with
    {
        Hubs = current.Hubs.RemoveAll(h => h.HubId == HubId),
        ActivityReports = current.ActivityReports.RemoveAll(r => r.HubId == HubId),
    };
}
