using System.Collections.Immutable;
namespace HomeCareNational.Grains.Aggregates;

/// <inheritdoc cref="INationalGrain"/>
public sealed class NationalGrain(
    [PersistentState("national", StorageNames.GrainStorage)] IPersistentState<AggregateState> state,
    RegionGrouping grouping) : AggregateGrain(state), INationalGrain
{
    protected override IReadOnlyCollection<string> MemberCodes { get; } = grouping.Regions.Select(r => r.Code).ToHashSet();

    public Task ReportRegionTotalsAsync(string regionCode, TotalsSnapshot totals) => AcceptAsync(regionCode, totals);

    public Task<IReadOnlyDictionary<string, TotalsSnapshot>> GetRegionTotalsAsync(int fiscalYear) => Task.FromResult(MemberTotals(fiscalYear));

    public Task<ImmutableArray<int>> GetFiscalYearsAsync() => Task.FromResult(FiscalYears());

    protected override Task PassOnAsync(TotalsSnapshot totals) => Task.CompletedTask;
}
