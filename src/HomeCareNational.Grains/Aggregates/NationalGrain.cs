using HomeCareNational.Abstractions.History;
using System.Collections.Immutable;
using HomeCareNational.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
namespace HomeCareNational.Grains.Aggregates;

/// <inheritdoc cref="INationalGrain"/>
public sealed class NationalGrain(
    [PersistentState(StorageNames.NationalState, StorageNames.GrainStorage)] IPersistentState<AggregateState> state,
    ITotalsHistory totalsHistory,
    RegionGrouping grouping,
    HomeCareMetrics metrics,
    [FromKeyedServices(ChangeClock.Key)] TimeProvider clock) : AggregateGrain(state, totalsHistory), INationalGrain
{
    private (TotalsSnapshot[] Years, DataVersion Version)? _dataVersion;

    protected override IReadOnlyCollection<string> MemberCodes { get; } = grouping.Regions.Select(r => r.Code).ToHashSet();

    protected override TotalsLevel Level => TotalsLevel.National;

    public Task ReportRegionTotalsAsync(string regionCode, TotalsSnapshot totals) => AcceptAsync(regionCode, totals);

    public Task<IReadOnlyDictionary<string, TotalsSnapshot>> GetRegionTotalsAsync(int fiscalYear) => Task.FromResult(MemberTotals(fiscalYear));

    public Task<ImmutableArray<int>> GetFiscalYearsAsync() => Task.FromResult(FiscalYears());

    public Task<DataVersion> GetDataVersionAsync()
    {
        var years = AllYearTotals().OrderBy(t => t.FiscalYear).ToArray();

        // Every request's ETag asks for this, and the fingerprint (canonical JSON, SHA-256) is the costly part, on this
        // one activation. Snapshots are immutable and replaced whenever totals change, so the same snapshots mean
        // the same version.
        if (_dataVersion is not { } cached || !cached.Years.SequenceEqual(years, ReferenceEqualityComparer.Instance))
        {
            cached = (years, new DataVersion(years.Sum(t => t.Version), TotalsFingerprint.Of(years)));
            _dataVersion = cached;
        }

        return Task.FromResult(cached.Version);
    }

    protected override Task PassOnAsync(TotalsSnapshot totals) => Task.CompletedTask;

    // AsOf is when the newest change counted here was accepted, by the clock of accepted changes, so the same clock
    // tells how far the nation lags behind it.
    protected override void Stored(TotalsSnapshot totals) => metrics.NationalAggregateUpdated(clock.GetUtcNow() - totals.AsOf);
}
