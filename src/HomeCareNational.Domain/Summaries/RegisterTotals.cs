using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Summaries;

/// <summary>The headline numbers of one register or of a sum of registers.</summary>
/// <param name="Designations">Designations in force.</param>
/// <param name="Hubs">Collaboration hubs.</param>
/// <param name="Areas">Home-care areas.</param>
/// <param name="Prefectures">How many prefectures have submitted anything to the sum.</param>
/// <param name="HubsByOperatorKind">Hubs per operator kind; every kind is present, zero included.</param>
/// <param name="AreasWithoutHub">Areas no hub covers.</param>
/// <param name="AreasWithoutDesignation">Areas no designation in force belongs to.</param>
/// <param name="Indicators">The value of each plan indicator the register supports (<see cref="PlanIndicators"/>).</param>
/// <param name="HubsByActivityStatus">Hubs per activity status (<see cref="HubActivityRule"/>); every status is present, zero included.</param>
/// <param name="AreasWithoutActiveHub">Areas no active hub covers.</param>
/// <param name="Review">Progress of the review of non-clinical designations.</param>
[GenerateSerializer, Immutable]
public sealed record RegisterTotals(
    [property: Id(0)] DesignationTotals Designations,
    [property: Id(1)] int Hubs,
    [property: Id(2)] int Areas,
    [property: Id(3)] int Prefectures,
    IReadOnlyDictionary<HubOperatorKind, int> HubsByOperatorKind,
    [property: Id(5)] int AreasWithoutHub,
    [property: Id(6)] int AreasWithoutDesignation,
    IReadOnlyDictionary<PlanIndicator, int> Indicators,
    IReadOnlyDictionary<HubActivityStatus, int> HubsByActivityStatus,
    [property: Id(9)] int AreasWithoutActiveHub,
    ReviewTotals Review)
{
    public static RegisterTotals Empty { get; } = Of(PrefectureRegister.Empty) with { Prefectures = 0 };

    // Totals stored by a release before these counts existed read back without them: they are empty here, and the
    // prefectures' next report (at the latest the start-up reconciliation) replaces them, see AggregateYear.
    [Id(4)]
    public IReadOnlyDictionary<HubOperatorKind, int> HubsByOperatorKind { get; init; } = HubsByOperatorKind ?? EnumCounts.Of<HubOperatorKind>([]);

    [Id(7)]
    public IReadOnlyDictionary<PlanIndicator, int> Indicators { get; init; } = Indicators ?? EnumCounts.Of<PlanIndicator>([]);

    [Id(8)]
    public IReadOnlyDictionary<HubActivityStatus, int> HubsByActivityStatus { get; init; } = HubsByActivityStatus ?? EnumCounts.Of<HubActivityStatus>([]);

    [Id(10)]
    public ReviewTotals Review { get; init; } = Review ?? ReviewTotals.Empty;

    public static RegisterTotals Of(PrefectureRegister register)
    {
        var withHub = AreaCoverage.AreasWithHub(register);
        var withDesignation = AreaCoverage.AreasWithDesignation(register);
        var statusByHub = HubActivityRule.StatusByHub(register);
        var withActiveHub = AreaCoverage.AreasWithActiveHub(register, statusByHub);
        return new(
            DesignationTotals.Of(register.Institutions),
            register.Hubs.Length,
            register.Areas.Length,
            1,
            EnumCounts.Of(register.Hubs.Select(h => h.OperatorKind)),
            register.Areas.Count(a => !withHub.Contains(a.AreaId)),
            register.Areas.Count(a => !withDesignation.Contains(a.AreaId)),
            PlanIndicators.Count(register.Institutions),
            EnumCounts.Of(statusByHub.Values),
            register.Areas.Count(a => !withActiveHub.Contains(a.AreaId)),
            ReviewTotals.Of(register.Institutions));
    }

    public static RegisterTotals Sum(IEnumerable<RegisterTotals> parts)
    {
        var list = parts.ToList();
        return new(
            DesignationTotals.Sum(list.Select(p => p.Designations)),
            list.Sum(p => p.Hubs),
            list.Sum(p => p.Areas),
            list.Sum(p => p.Prefectures),
            EnumCounts.Sum(list.Select(p => p.HubsByOperatorKind)),
            list.Sum(p => p.AreasWithoutHub),
            list.Sum(p => p.AreasWithoutDesignation),
            EnumCounts.Sum(list.Select(p => p.Indicators)),
            EnumCounts.Sum(list.Select(p => p.HubsByActivityStatus)),
            list.Sum(p => p.AreasWithoutActiveHub),
            ReviewTotals.Sum(list.Select(p => p.Review)));
    }

    /// <summary>Value equality, every count compared, those per key key by key.</summary>
    public bool Equals(RegisterTotals? other) =>
        other is not null && Designations == other.Designations && Hubs == other.Hubs && Areas == other.Areas
        && Prefectures == other.Prefectures && AreasWithoutHub == other.AreasWithoutHub && AreasWithoutDesignation == other.AreasWithoutDesignation
        && EnumCounts.Same(HubsByOperatorKind, other.HubsByOperatorKind) && EnumCounts.Same(Indicators, other.Indicators)
        && EnumCounts.Same(HubsByActivityStatus, other.HubsByActivityStatus) && AreasWithoutActiveHub == other.AreasWithoutActiveHub && Review == other.Review;

    public override int GetHashCode() => HashCode.Combine(Designations, Hubs, Areas, Prefectures, AreasWithoutHub, AreasWithoutDesignation);
}
