using System.Collections.Immutable;
namespace HomeCareNational.Grains.Aggregates;

/// <summary>
/// What a region and the nation share: they keep the latest totals each member pushed, sum them per fiscal
/// year and push their own totals on. Member reports carry versions, so a replay is harmless.
/// </summary>
public abstract class AggregateGrain(IPersistentState<AggregateState> state) : Grain
{
    /// <summary>Codes of the members whose totals count here.</summary>
    protected abstract IReadOnlyCollection<string> MemberCodes { get; }

    public Task<TotalsSnapshot?> GetTotalsAsync(int fiscalYear) =>
        Task.FromResult(state.State.Years.GetValueOrDefault(fiscalYear)?.Totals);

    /// <summary>Member reports held for a fiscal year, limited to current members.</summary>
    protected IReadOnlyDictionary<string, TotalsSnapshot> MemberTotals(int fiscalYear) =>
        state.State.Years.TryGetValue(fiscalYear, out var year)
            ? year.Members.Where(m => MemberCodes.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value)
            : new Dictionary<string, TotalsSnapshot>();

    protected ImmutableArray<int> FiscalYears() => [.. state.State.Years.Keys.Order()];

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
        }

        await PassOnAsync((updated ?? current!).Totals);
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
