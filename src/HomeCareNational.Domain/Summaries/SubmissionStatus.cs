using System.Collections.Immutable;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Summaries;

/// <summary>How complete a prefecture's submission for a fiscal year is.</summary>
/// <param name="Missing">Parts not yet submitted.</param>
/// <param name="HubsWithoutReport">Hubs with no activity report for the year.</param>
/// <param name="Warnings">Valid but probably incomplete data, designations first, then hubs, then areas.</param>
[GenerateSerializer, Immutable]
public sealed record SubmissionStatus(
    [property: Id(0)] ImmutableArray<MissingPart> Missing,
    [property: Id(1)] int HubsWithoutReport,
    [property: Id(2)] ImmutableArray<SubmissionWarning> Warnings)
{
    public bool IsComplete => Missing.IsEmpty;

    public static SubmissionStatus Of(PrefectureRegister register)
    {
        var inForce = register.Institutions.Where(i => i.Status == DesignationStatus.Active).ToList();
        var reported = register.ActivityReports.Select(r => r.HubId).ToHashSet(StringComparer.Ordinal);
        var hubsWithoutReport = register.Hubs.Count(h => !reported.Contains(h.HubId));
        var missing = new List<MissingPart>();
        if (register.Areas.IsEmpty)
        {
            missing.Add(MissingPart.Areas);
        }

        if (register.Hubs.IsEmpty)
        {
            missing.Add(MissingPart.Hubs);
        }

        if (inForce.Count == 0)
        {
            missing.Add(MissingPart.Designations);
        }

        if (hubsWithoutReport > 0)
        {
            missing.Add(MissingPart.HubActivityReports);
        }

        var withHub = AreaCoverage.AreasWithHub(register);
        var withDesignation = AreaCoverage.AreasWithDesignation(register);
        var warnings = inForce.Where(i => i.HomeCareAreaId is null)
            .Select(i => new SubmissionWarning(SubmissionWarningKind.DesignationWithoutArea, i.InstitutionCode, $"designation {i.InstitutionCode} ({i.Name}) belongs to no home-care area."))
            .Concat(register.Hubs.Where(h => h.AreaIds.IsEmpty)
                .Select(h => new SubmissionWarning(SubmissionWarningKind.HubWithoutArea, h.HubId, $"hub {h.HubId} ({h.Name}) covers no home-care area.")))
            .Concat(register.Areas.Where(a => !withHub.Contains(a.AreaId) && !withDesignation.Contains(a.AreaId))
                .Select(a => new SubmissionWarning(SubmissionWarningKind.EmptyArea, a.AreaId, $"area {a.AreaId} ({a.Name}) has no hub and no designation in force.")));
        return new([.. missing], hubsWithoutReport, [.. warnings]);
    }
}
