using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using HomeCareNational.Abstractions.History;
using Orleans.Utilities;
namespace HomeCareNational.Grains.Aggregates;

/// <summary>
/// What a region and the nation share: they keep the latest totals each member pushed, sum them per fiscal
/// year and push their own totals on. Member reports carry versions, so a replay is harmless.
/// </summary>
public abstract class AggregateGrain(IPersistentState<AggregateState> state, ITotalsHistory totalsHistory) : Grain
{
    private ObserverManager<ITotalsObserver>? _observers;

    /// <summary>Codes of the members whose totals count here.</summary>
    protected abstract IReadOnlyCollection<string> MemberCodes { get; }

    public Task<TotalsSnapshot?> GetTotalsAsync(int fiscalYear) =>
        Task.FromResult(state.State.Years.GetValueOrDefault(fiscalYear)?.Totals);

    /// <summary>Member reports held for a fiscal year, limited to current members.</summary>
    protected IReadOnlyDictionary<string, TotalsSnapshot> MemberTotals(int fiscalYear) =>
        state.State.Years.TryGetValue(fiscalYear, out var year)
            ? year.Members.Where(m => MemberCodes.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value)
            : new Dictionary<string, TotalsSnapshot>();

    /// <summary>The level of this aggregate's own totals, as its observers are told.</summary>
    protected abstract TotalsLevel Level { get; }

    /// <summary>The level of its members' totals when observers are told of them too (a region's prefectures), or null.</summary>
    protected virtual TotalsLevel? MemberLevel => null;

    private ObserverManager<ITotalsObserver> Observers => _observers ??=
        new(TotalsObservation.Expiry, ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType()));

    public Task SubscribeAsync(ITotalsObserver observer)
    {
        Observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ITotalsObserver observer)
    {
        Observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    protected ImmutableArray<int> FiscalYears() => [.. state.State.Years.Keys.Order()];

    /// <summary>This level's totals of every fiscal year held.</summary>
    protected IEnumerable<TotalsSnapshot> AllYearTotals() => state.State.Years.Values.Select(year => year.Totals);

    /// <summary>Takes a member's report and passes this level's totals on, also when the report was a replay.</summary>
    protected async Task AcceptAsync(string member, TotalsSnapshot report)
    {
        if (!MemberCodes.Contains(member))
        {
            throw new ArgumentException($"'{member}' is not a member of {GetType().Name} '{this.GetPrimaryKeyString()}'.", nameof(member));
        }

        var current = state.State.Years.GetValueOrDefault(report.FiscalYear);
        var updated = AggregateYear.Apply(current, member, report, MemberCodes);
        if (updated is not null)
        {
            // Recorded before it is answered, so that "as of" any instant finds what was answered then.
            await totalsHistory.RecordAsync(new TotalsScope(Level, this.GetPrimaryKeyString()), updated.Totals);
            state.State.Years[report.FiscalYear] = updated;
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                RestoreYear(report.FiscalYear, current);
                DeactivateOnIdle();
                throw;
            }

            Stored(updated.Totals);
            await NotifyAsync(member, report, updated.Totals);
        }

        await PassOnAsync((updated ?? current!).Totals);
    }

    /// <summary>Tells observers before passing the totals on, so live subscribers do not wait for the level above.</summary>
    private async Task NotifyAsync(string member, TotalsSnapshot report, TotalsSnapshot totals)
    {
        if (_observers is not { Count: > 0 } observers)
        {
            return;
        }

        var own = new TotalsUpdate(Level, this.GetPrimaryKeyString(), totals);
        var memberUpdate = MemberLevel is { } level ? new TotalsUpdate(level, member, report) : null;
        await observers.Notify(async observer =>
        {
            await observer.OnTotalsChangedAsync(own);
            if (memberUpdate is not null)
            {
                await observer.OnTotalsChangedAsync(memberUpdate);
            }
        });
    }

    /// <summary>Called once this level's new totals are stored, before observers hear of them.</summary>
    protected virtual void Stored(TotalsSnapshot totals)
    {
    }

    /// <summary>Pushes this level's totals to the level above, if there is one.</summary>
    protected abstract Task PassOnAsync(TotalsSnapshot totals);

    private void RestoreYear(int fiscalYear, AggregateYear? previous)
    {
        if (previous is null)
        {
            state.State.Years.Remove(fiscalYear);
        }
        else
        {
            state.State.Years[fiscalYear] = previous;
        }
    }
}
