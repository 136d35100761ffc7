using System.Collections.Immutable;
using HomeCareNational.Abstractions.History;
using HomeCareNational.Domain.Edits;
using HomeCareNational.Grains.Persistence;

namespace HomeCareNational.Grains.PrefectureRegisters;

/// <inheritdoc cref="IPrefectureGrain"/>
public sealed class PrefectureGrain(
    [PersistentState(StorageNames.PrefectureState, StorageNames.GrainStorage)] IPersistentState<PrefectureState> state) : Grain, IPrefectureGrain
{
    private string Code => this.GetPrimaryKeyString();

    public async Task<SubmissionResult> EditAsync(int fiscalYear, RegisterEdit edit, ChangeAttribution by, string? idempotencyKey = null) =>
        await NoteFiscalYearAsync(fiscalYear) is { } refused ? refused : await Register(fiscalYear).EditAsync(edit, by, idempotencyKey);

    public async Task<SubmissionResult> OpenFiscalYearAsync(int fiscalYear, ChangeAttribution by, string? idempotencyKey = null) =>
        await NoteFiscalYearAsync(fiscalYear) is { } refused ? refused : await Register(fiscalYear).OpenFromPreviousYearAsync(by, idempotencyKey);

    public Task<TotalsSnapshot?> GetTotalsAsync(int fiscalYear) =>
        Listed(fiscalYear) ? Register(fiscalYear).GetTotalsAsync() : Task.FromResult<TotalsSnapshot?>(null);

    public Task<PrefectureRegister?> GetRegisterAsync(int fiscalYear) =>
        Listed(fiscalYear) ? Register(fiscalYear).GetRegisterAsync() : Task.FromResult<PrefectureRegister?>(null);

    public Task<RegisterChange?> GetLastChangeAsync(int fiscalYear) =>
        Listed(fiscalYear) ? Register(fiscalYear).GetLastChangeAsync() : Task.FromResult<RegisterChange?>(null);

    public Task<ImmutableArray<RevisionSummary>> GetRevisionsAsync(int fiscalYear, long fromVersion, long toVersion) =>
        Listed(fiscalYear) ? Register(fiscalYear).GetRevisionsAsync(fromVersion, toVersion) : Task.FromResult(ImmutableArray<RevisionSummary>.Empty);

    public Task<ImmutableArray<RegisterEvent>> GetRevisionEventsAsync(int fiscalYear, long fromVersion, long toVersion) =>
        Listed(fiscalYear) ? Register(fiscalYear).GetRevisionEventsAsync(fromVersion, toVersion) : Task.FromResult(ImmutableArray<RegisterEvent>.Empty);

    public async Task<ImmutableArray<int>> GetFiscalYearsAsync()
    {
        // A year is listed before its first change is stored, so a year whose first change failed has no register.
        var years = state.State.FiscalYears;
        var totals = await Task.WhenAll(years.Select(year => Register(year).GetTotalsAsync()));
        return [.. years.Where((_, index) => totals[index] is not null)];
    }

    public async Task ReportTotalsAsync()
    {
        foreach (var fiscalYear in state.State.FiscalYears)
        {
            await Register(fiscalYear).ReportTotalsAsync();
        }
    }

    private bool Listed(int fiscalYear) => state.State.FiscalYears.Contains(fiscalYear);

    private IPrefectureRegisterGrain Register(int fiscalYear) =>
        GrainFactory.GetGrain<IPrefectureRegisterGrain>(PrefectureRegisterKey.Of(Code, fiscalYear));

    /// <summary>
    /// Lists the year before its register's first change is stored, so the start-up reconciliation and the list of
    /// years never miss a stored year; a refusal when the year or prefecture is not one the service keeps.
    /// </summary>
    private async Task<SubmissionResult?> NoteFiscalYearAsync(int fiscalYear)
    {
        var targetErrors = RegisterValidator.ValidateTarget(Code, fiscalYear);
        if (targetErrors.Count > 0)
        {
            return SubmissionResult.Rejected(targetErrors);
        }

        if (Listed(fiscalYear))
        {
            return null;
        }

        await state.WriteOrReloadAsync(state.State with { FiscalYears = state.State.FiscalYears.Add(fiscalYear) }, this);
        return null;
    }
}
