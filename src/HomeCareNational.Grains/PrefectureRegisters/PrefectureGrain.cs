using System.Collections.Immutable;
using System.Globalization;
using HomeCareNational.Abstractions.History;
using HomeCareNational.Domain.Edits;
using HomeCareNational.Grains.History;
using Orleans.Storage;

namespace HomeCareNational.Grains.PrefectureRegisters;

/// <inheritdoc cref="IPrefectureGrain"/>
public sealed class PrefectureGrain(
    [PersistentState("prefecture", StorageNames.GrainStorage)] IPersistentState<PrefectureState> state,
    IRegisterHistory history,
    ITotalsHistory totalsHistory,
    RegionGrouping grouping,
    TimeProvider clock,
    ILogger<PrefectureGrain> logger) : Grain, IPrefectureGrain
{
    private static readonly TimeSpan ReportRetryInterval = TimeSpan.FromSeconds(5);
    private IGrainTimer? _reportRetry;

    /// <summary>Each year's totals, counted once per version rather than on every read.</summary>
    private readonly Dictionary<int, TotalsSnapshot> _snapshots = [];

    private string Code => this.GetPrimaryKeyString();

    public Task<SubmissionResult> EditAsync(int fiscalYear, RegisterEdit edit, ChangeAttribution by, string? idempotencyKey = null) =>
        ChangeAsync(
            fiscalYear,
            new(edit.Operation, by, idempotencyKey),
            current => edit.Validate(Code, fiscalYear, current ?? PrefectureRegister.Empty),
            current => edit.Apply(current ?? PrefectureRegister.Empty));

    public Task<SubmissionResult> OpenFiscalYearAsync(int fiscalYear, ChangeAttribution by, string? idempotencyKey = null)
    {
        var previous = state.State.Years.GetValueOrDefault(fiscalYear - 1)?.Register;
        return ChangeAsync(
            fiscalYear,
            new("openFiscalYear", by, idempotencyKey),
            current => (current, previous) switch
            {
                (not null, _) => [new(["fiscalYear"], string.Create(CultureInfo.InvariantCulture, $"fiscal year {fiscalYear} already has data; correct it instead of opening it again."))],
                (_, null) => [new(["fiscalYear"], string.Create(CultureInfo.InvariantCulture, $"fiscal year {fiscalYear - 1} has no register to start from; submit fiscal year {fiscalYear}'s register instead."))],
                _ => [],
            },
            _ => previous! with
            {
                Institutions = previous!.Institutions.RemoveAll(i => i.Status == DesignationStatus.Withdrawn),
                ActivityReports = [],
            });
    }

    public Task<TotalsSnapshot?> GetTotalsAsync(int fiscalYear) =>
        Task.FromResult(state.State.Years.TryGetValue(fiscalYear, out var year) ? SnapshotOf(fiscalYear, year) : null);

    public Task<PrefectureRegister?> GetRegisterAsync(int fiscalYear) =>
        Task.FromResult(state.State.Years.GetValueOrDefault(fiscalYear)?.Register);

    public Task<RegisterChange?> GetLastChangeAsync(int fiscalYear) =>
        Task.FromResult(state.State.Years.GetValueOrDefault(fiscalYear)?.LastChange);

    public async Task<ImmutableArray<RevisionSummary>> GetRevisionsAsync(int fiscalYear, long fromVersion, long toVersion) =>
        CommittedRange(fiscalYear, fromVersion, toVersion) is { } range ? await history.ReadSummariesAsync(Code, fiscalYear, range.From, range.To) : [];

    public async Task<ImmutableArray<RegisterEvent>> GetRevisionEventsAsync(int fiscalYear, long fromVersion, long toVersion) =>
        CommittedRange(fiscalYear, fromVersion, toVersion) is { } range ? await history.ReadEventsAsync(Code, fiscalYear, range.From, range.To) : [];

    public Task<ImmutableArray<int>> GetFiscalYearsAsync() =>
        Task.FromResult<ImmutableArray<int>>([.. state.State.Years.Keys.Order()]);

    public async Task ReportTotalsAsync()
    {
        var region = GrainFactory.GetGrain<IRegionGrain>(grouping.RegionOf(Code).Code);
        foreach (var (fiscalYear, year) in state.State.Years.OrderBy(y => y.Key))
        {
            await region.ReportPrefectureTotalsAsync(Code, SnapshotOf(fiscalYear, year));
        }
    }

    private TotalsSnapshot SnapshotOf(int fiscalYear, PrefectureYear year) =>
        _snapshots.TryGetValue(fiscalYear, out var counted) && counted.Version == year.Version && counted.AsOf == year.ChangedAt
            ? counted
            : _snapshots[fiscalYear] = year.Snapshot(fiscalYear);

    /// <summary>The requested versions clipped to those committed; an event above the committed version is a leftover and never read.</summary>
    private (long From, long To)? CommittedRange(int fiscalYear, long fromVersion, long toVersion)
    {
        var committed = state.State.Years.GetValueOrDefault(fiscalYear)?.Version ?? 0;
        var (from, to) = (Math.Max(1, fromVersion), Math.Min(committed, toVersion));
        return from <= to ? (from, to) : null;
    }

    private async Task<SubmissionResult> ChangeAsync(
        int fiscalYear,
        (string Operation, ChangeAttribution By, string? IdempotencyKey) change,
        Func<PrefectureRegister?, IReadOnlyList<ValidationError>> validate,
        Func<PrefectureRegister?, PrefectureRegister> apply)
    {
        var targetErrors = RegisterValidator.ValidateTarget(Code, fiscalYear);
        if (targetErrors.Count > 0)
        {
            return SubmissionResult.Rejected(targetErrors);
        }

        var previous = state.State.Years.GetValueOrDefault(fiscalYear);
        var errors = validate(previous?.Register);
        if (errors.Count > 0)
        {
            return SubmissionResult.Rejected(errors);
        }

        var current = previous?.Register ?? PrefectureRegister.Empty;
        var next = apply(previous?.Register);
        if (previous is not null && next.Equals(current))
        {
            return new SubmissionResult(SnapshotOf(fiscalYear, previous), [], Changed: false);
        }

        var version = (previous?.Version ?? 0) + 1;
        var now = clock.GetUtcNow();
        if (previous is not null && now <= previous.ChangedAt)
        {
            // As-of queries order snapshots by time: a clock that stands still or steps back must not reorder them.
            now = previous.ChangedAt.AddTicks(1);
        }

        var updated = new PrefectureYear(next, version, now) { LastChange = new RegisterChange(version, now, change.Operation, change.By) };
        var snapshot = updated.Snapshot(fiscalYear);
        _snapshots[fiscalYear] = snapshot;

        // History first: a failure after this point leaves an uncommitted event (replaced by the next change of that
        // version, never shown) rather than a stored change the history does not know.
        await history.AppendAsync(new RegisterEvent(
            Code, fiscalYear, version, now, change.Operation, change.By, change.IdempotencyKey, RecordChanges.Between(current, next)));
        await totalsHistory.RecordAsync(TotalsScope.Prefecture(Code), snapshot);
        await WriteYearAsync(fiscalYear, previous, updated);
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
}
