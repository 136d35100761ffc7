using System.Collections.Immutable;
using Orleans.Storage;

namespace HomeCareNational.Grains.PrefectureRegisters;

/// <inheritdoc cref="IPrefectureGrain"/>
public sealed class PrefectureGrain(
    [PersistentState("prefecture", StorageNames.GrainStorage)] IPersistentState<PrefectureState> state,
    RegionGrouping grouping,
    TimeProvider clock,
    ILogger<PrefectureGrain> logger) : Grain, IPrefectureGrain
{
    private static readonly TimeSpan ReportRetryInterval = TimeSpan.FromSeconds(5);
    private IGrainTimer? _reportRetry;

    private string Code => this.GetPrimaryKeyString();

    public Task<SubmissionResult> SubmitAreasAsync(int fiscalYear, ImmutableArray<HomeCareArea> areas, ChangeAttribution by) =>
        SubmitAsync(
            fiscalYear,
            new(RegisterPart.Areas, by),
            current => RegisterValidator.ValidateAreas(Code, areas, current),
            current => current with { Areas = areas });

    public Task<SubmissionResult> SubmitHubsAsync(int fiscalYear, ImmutableArray<CollaborationHub> hubs, ChangeAttribution by) =>
        SubmitAsync(
            fiscalYear,
            new(RegisterPart.Hubs, by),
            current => RegisterValidator.ValidateHubs(Code, hubs, current),
            current => current with { Hubs = hubs });

    public Task<SubmissionResult> SubmitDesignationsAsync(int fiscalYear, ImmutableArray<DesignatedInstitution> institutions, ChangeAttribution by) =>
        SubmitAsync(
            fiscalYear,
            new(RegisterPart.Designations, by),
            current => RegisterValidator.ValidateInstitutions(Code, fiscalYear, institutions, current),
            current => current with { Institutions = institutions });

    public Task<TotalsSnapshot?> GetTotalsAsync(int fiscalYear) =>
        Task.FromResult(state.State.Years.GetValueOrDefault(fiscalYear)?.Snapshot(fiscalYear));

    public Task<PrefectureRegister?> GetRegisterAsync(int fiscalYear) =>
        Task.FromResult(state.State.Years.GetValueOrDefault(fiscalYear)?.Register);

    public Task<ImmutableArray<RegisterChange>> GetChangesAsync(int fiscalYear) =>
        Task.FromResult(state.State.Years.GetValueOrDefault(fiscalYear)?.Changes ?? []);

    public Task<ImmutableArray<int>> GetFiscalYearsAsync() =>
        Task.FromResult<ImmutableArray<int>>([.. state.State.Years.Keys.Order()]);

    public async Task ReportTotalsAsync()
    {
        var region = GrainFactory.GetGrain<IRegionGrain>(grouping.RegionOf(Code).Code);
        foreach (var (fiscalYear, year) in state.State.Years.OrderBy(y => y.Key))
        {
            await region.ReportPrefectureTotalsAsync(Code, year.Snapshot(fiscalYear));
        }
    }

    private async Task<SubmissionResult> SubmitAsync(
        int fiscalYear,
        (RegisterPart Part, ChangeAttribution By) change,
        Func<PrefectureRegister, IReadOnlyList<ValidationError>> validate,
        Func<PrefectureRegister, PrefectureRegister> apply)
    {
        var targetErrors = RegisterValidator.ValidateTarget(Code, fiscalYear);
        if (targetErrors.Count > 0)
        {
            return SubmissionResult.Rejected(targetErrors);
        }

        var previous = state.State.Years.GetValueOrDefault(fiscalYear);
        var current = previous?.Register ?? PrefectureRegister.Empty;
        var errors = validate(current);
        if (errors.Count > 0)
        {
            return SubmissionResult.Rejected(errors);
        }

        var next = apply(current);
        if (previous is not null && SameRegister(next, current))
        {
            return new SubmissionResult(previous.Snapshot(fiscalYear), [], Changed: false);
        }

        var version = (previous?.Version ?? 0) + 1;
        var now = clock.GetUtcNow();
        var updated = new PrefectureYear(next, version, now)
        {
            Changes = (previous?.Changes ?? []).Add(new RegisterChange(version, now, change.Part, change.By)),
        };
        await WriteYearAsync(fiscalYear, previous, updated);
        var snapshot = updated.Snapshot(fiscalYear);
        await ReportOrRetryLaterAsync();
        return new SubmissionResult(snapshot, [], Changed: true);
    }

    private async Task WriteYearAsync(int fiscalYear, PrefectureYear? previous, PrefectureYear updated)
    {
        state.State.Years[fiscalYear] = updated;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // Memory must keep matching storage: undo, and on a conflict reload from storage on the next call.
            if (previous is null)
            {
                state.State.Years.Remove(fiscalYear);
            }
            else
            {
                state.State.Years[fiscalYear] = previous;
            }

            if (exception is InconsistentStateException)
            {
                DeactivateOnIdle();
            }

            throw;
        }
    }

    // The change is already durable, so a region that cannot be reached must not fail the submission:
    // the report is retried until it lands, and the silo start-up reconciliation covers a crash meanwhile.
    private async Task ReportOrRetryLaterAsync()
    {
        try
        {
            await ReportTotalsAsync();
            _reportRetry?.Dispose();
            _reportRetry = null;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Prefecture {Prefecture}: reporting totals to the region failed; retrying every {Interval}", Code, ReportRetryInterval);
            _reportRetry ??= this.RegisterGrainTimer(ReportOrRetryLaterAsync, ReportRetryInterval, ReportRetryInterval);
        }
    }

    private static bool SameRegister(PrefectureRegister a, PrefectureRegister b) =>
        a.Areas.SequenceEqual(b.Areas) && a.Hubs.SequenceEqual(b.Hubs) && a.Institutions.SequenceEqual(b.Institutions);
}
