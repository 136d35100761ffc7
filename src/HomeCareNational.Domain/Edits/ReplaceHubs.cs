using System.Collections.Immutable;
using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Domain.Edits;

/// <summary>Replaces every collaboration hub of the fiscal year; the reports of hubs left out go with them.</summary>
[GenerateSerializer, Immutable]
public sealed record ReplaceHubs([property: Id(0)] ImmutableArray<CollaborationHub> Hubs) : RegisterEdit
{
    public override string Operation => EditOperations.SubmitCollaborationHubs;

    public override IReadOnlyList<ValidationError> Validate(string prefectureCode, int fiscalYear, PrefectureRegister current) =>
        RegisterValidator.ValidateHubs(prefectureCode, Hubs, current);

    public override PrefectureRegister Apply(PrefectureRegister current)
    {
        var kept = Hubs.Select(h => h.HubId).ToHashSet(StringComparer.Ordinal);
        return current with { Hubs = Hubs, ActivityReports = [.. current.ActivityReports.Where(r => kept.Contains(r.HubId))] };
    }
}
