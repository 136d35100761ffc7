using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Summaries;

/// <summary>Which home-care areas of a register have a collaboration hub, and which a designated institution in force.</summary>
public static class AreaCoverage
{
    /// <summary>Ids of the areas at least one hub covers.</summary>
    public static IReadOnlySet<string> AreasWithHub(PrefectureRegister register) =>
        register.Hubs.SelectMany(h => h.AreaIds).ToHashSet(StringComparer.Ordinal);

    /// <summary>Ids of the areas at least one <see cref="HubActivityStatus.Active"/> hub covers.</summary>
    public static IReadOnlySet<string> AreasWithActiveHub(PrefectureRegister register) =>
        AreasWithActiveHub(register, HubActivityRule.StatusByHub(register));

    /// <summary>The same, from the hubs' statuses already worked out.</summary>
    public static IReadOnlySet<string> AreasWithActiveHub(PrefectureRegister register, IReadOnlyDictionary<string, HubActivityStatus> statusByHub) =>
        register.Hubs.Where(h => statusByHub[h.HubId] == HubActivityStatus.Active).SelectMany(h => h.AreaIds).ToHashSet(StringComparer.Ordinal);

    /// <summary>Ids of the areas at least one designation in force belongs to; designations without an area count nowhere.</summary>
    public static IReadOnlySet<string> AreasWithDesignation(PrefectureRegister register) =>
        register.Institutions
            .Where(i => i.Status == DesignationStatus.Active && i.HomeCareAreaId is not null)
            .Select(i => i.HomeCareAreaId!)
            .ToHashSet(StringComparer.Ordinal);
}
