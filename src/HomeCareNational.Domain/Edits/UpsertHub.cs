using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Adds a hub, or replaces the one with the same id.</summary>
[GenerateSerializer, Immutable]
public sealed record UpsertHub([property: Id(0)] CollaborationHub Hub) : RegisterEdit
{
    public override string Operation => EditOperations.UpsertCollaborationHub;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RecordValidator.ValidateHub(prefectureCode, Hub, current);

    public override PrefectureRegister Apply(PrefectureRegister current) =>
        current with { Hubs = Upsert.Into(current.Hubs, Hub, h => h.HubId) };
}
