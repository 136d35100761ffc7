using HomeCareNational.Abstractions.History;

namespace HomeCareNational.Grains.Aggregates;

/// <inheritdoc cref="IRegionGrain"/>
public sealed class RegionGrain(
    [PersistentState(StorageNames.RegionState, StorageNames.GrainStorage)] IPersistentState<AggregateState> state,
    ITotalsHistory totalsHistory,
    RegionGrouping grouping) : AggregateGrain(state, totalsHistory), IRegionGrain
{
    private Region Region => grouping.TryGetRegion(this.GetPrimaryKeyString(), out var region)
        ? region
        : throw new InvalidOperationException($"'{this.GetPrimaryKeyString()}' is not a region of grouping '{grouping.Name}'.");

    protected override IReadOnlyCollection<string> MemberCodes => Region.PrefectureCodes;

    protected override TotalsLevel Level => TotalsLevel.Region;

    protected override TotalsLevel? MemberLevel => TotalsLevel.Prefecture;

    public Task ReportPrefectureTotalsAsync(string prefectureCode, TotalsSnapshot totals) => AcceptAsync(prefectureCode, totals);

    public Task<IReadOnlyDictionary<string, TotalsSnapshot>> GetPrefectureTotalsAsync(int fiscalYear) => Task.FromResult(MemberTotals(fiscalYear));

    protected override Task PassOnAsync(TotalsSnapshot totals) =>
        GrainFactory.GetGrain<INationalGrain>(INationalGrain.Key).ReportRegionTotalsAsync(Region.Code, totals);
}
