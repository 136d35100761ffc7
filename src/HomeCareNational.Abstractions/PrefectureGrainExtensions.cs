using System.Collections.Immutable;
using HomeCareNational.Domain.Edits;

namespace HomeCareNational.Abstractions;

/// <summary>The whole-part submissions, each one <see cref="IPrefectureGrain.EditAsync"/>.</summary>
public static class PrefectureGrainExtensions
{
    /// <summary>Replaces the fiscal year's home-care areas. Refused if an area still in use by a hub or designation would disappear.</summary>
    public static Task<SubmissionResult> SubmitAreasAsync(this IPrefectureGrain grain, int fiscalYear, ImmutableArray<HomeCareArea> areas, ChangeAttribution by) =>
        grain.EditAsync(fiscalYear, new ReplaceAreas(areas), by);

    /// <summary>Replaces the fiscal year's collaboration hubs; every area they cover must already be submitted.</summary>
    public static Task<SubmissionResult> SubmitHubsAsync(this IPrefectureGrain grain, int fiscalYear, ImmutableArray<CollaborationHub> hubs, ChangeAttribution by) =>
        grain.EditAsync(fiscalYear, new ReplaceHubs(hubs), by);

    /// <summary>Replaces the fiscal year's designated institutions; every area they name must already be submitted.</summary>
    public static Task<SubmissionResult> SubmitDesignationsAsync(this IPrefectureGrain grain, int fiscalYear, ImmutableArray<DesignatedInstitution> institutions, ChangeAttribution by) =>
        grain.EditAsync(fiscalYear, new ReplaceDesignations(institutions), by);
}
