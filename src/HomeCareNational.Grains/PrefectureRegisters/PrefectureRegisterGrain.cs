using System.Collections.Immutable;
using System.Globalization;
using HomeCareNational.Abstractions.History;
using HomeCareNational.Domain.Edits;
using HomeCareNational.Grains.History;
using HomeCareNational.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace HomeCareNational.Grains.PrefectureRegisters;

/// <inheritdoc cref="IPrefectureRegisterGrain"/>
public sealed class PrefectureRegisterGrain(
    [PersistentState(StorageNames.RegisterState, StorageNames.GrainStorage)] IPersistentState<PrefectureRegisterState> state,
    [FromKeyedServices(StorageNames.GrainStorage)] IGrainStorageSerializer serializer,
    IRegisterHistory history,
    ITotalsHistory totalsHistory,
    RegionGrouping grouping,
    [FromKeyedServices(ChangeClock.Key)] TimeProvider clock,
    ILogger<PrefectureRegisterGrain> logger) : Grain, IPrefectureRegisterGrain
{
    /// <summary>A lost answer is retried within seconds; twenty keyed changes cover far more than that.</summary>
    private const int KeyedChangesKept = 20;

    private static readonly TimeSpan PublishRetryInterval = TimeSpan.FromSeconds(5);
    private IGrainTimer? _publishRetry;

    /// <summary>The year's totals, counted once per version rather than on every read.</summary>
    private TotalsSnapshot? _snapshot;

    private string Code => PrefectureRegisterKey.Parse(this.GetPrimaryKeyString()).PrefectureCode;

    private int FiscalYear => PrefectureRegisterKey.Parse(this.GetPrimaryKeyString()).FiscalYear;

    public Task<SubmissionResult> EditAsync(RegisterEdit edit, ChangeAttribution by, string? idempotencyKey) =>
        ChangeAsync(
            new(edit.Operation, by, idempotencyKey),
            current => edit.Validate(Code, FiscalYear, current ?? PrefectureRegister.Empty),
            current => edit.Apply(current ?? PrefectureRegister.Empty));

    public async Task<SubmissionResult> OpenFromPreviousYearAsync(ChangeAttribution by, string? idempotencyKey)
    {
        var previous = await GrainFactory.GetGrain<IPrefectureRegisterGrain>(PrefectureRegisterKey.Of(Code, FiscalYear - 1)).GetRegisterAsync();
        return await ChangeAsync(
            new(EditOperations.OpenFiscalYear, by, idempotencyKey),
            current => (current, previous) switch
            {
                (not null, _) => [new(["fiscalYear"], string.Create(CultureInfo.InvariantCulture, $"fiscal year {FiscalYear} already has data; correct it instead of opening it again."))],
                (_, null) => [new(["fiscalYear"], string.Create(CultureInfo.InvariantCulture, $"fiscal year {FiscalYear - 1} has no register to start from; submit fiscal year {FiscalYear}'s register instead."))],
                _ => [],
            },
            _ => previous! with
            {
                Institutions = previous!.Institutions.RemoveAll(i => i.Status == DesignationStatus.Withdrawn),
                ActivityReports = [],
            });
    }

    public Task<TotalsSnapshot?> GetTotalsAsync() =>
        Task.FromResult(state.State.Year is { } year ? SnapshotOf(year) : null);

    public Task<PrefectureRegister?> GetRegisterAsync() => Task.FromResult(state.State.Year?.Register);

    public async Task<PrefectureRegister?> GetRegisterAtAsync(long version)
    {
        if (state.State.Year is not { } year || version < 1 || version > year.Version)
        {
            return null;
        }

        return version == year.Version
            ? year.Register
            : RecordChanges.Rebuild(await history.ReadEventsAsync(Code, FiscalYear, 1, version));
    }

    public Task<RegisterChange?> GetLastChangeAsync() => Task.FromResult(state.State.Year?.LastChange);

    public async Task<ImmutableArray<RevisionSummary>> GetRevisionsAsync(long fromVersion, long toVersion) =>
        CommittedRange(fromVersion, toVersion) is { } range ? await history.ReadSummariesAsync(Code, FiscalYear, range.From, range.To) : [];

    public async Task<ImmutableArray<RegisterEvent>> GetRevisionEventsAsync(long fromVersion, long toVersion) =>
        CommittedRange(fromVersion, toVersion) is { } range ? await history.ReadEventsAsync(Code, FiscalYear, range.From, range.To) : [];

    // Also what repairs a crash between storing a change and recording its totals: the silo start-up reconciliation calls it.
    public async Task ReportTotalsAsync()
    {
        if (state.State.Year is not { } year)
        {
            return;
        }

        var snapshot = SnapshotOf(year);
        await totalsHistory.RecordAsync(TotalsScope.Prefecture(Code), snapshot);
        await GrainFactory.GetGrain<IRegionGrain>(grouping.RegionOf(Code).Code).ReportPrefectureTotalsAsync(Code, snapshot);
    }

    private TotalsSnapshot SnapshotOf(PrefectureYear year) =>
        _snapshot is { } counted && counted.Version == year.Version && counted.AsOf == year.ChangedAt
            ? counted
            : _snapshot = year.Snapshot(FiscalYear);

    /// <summary>The requested versions clipped to those committed; an event above the committed version is a leftover and never read.</summary>
    private (long From, long To)? CommittedRange(long fromVersion, long toVersion)
    {
        var committed = state.State.Year?.Version ?? 0;
        var (from, to) = (Math.Max(1, fromVersion), Math.Min(committed, toVersion));
        return from <= to ? (from, to) : null;
    }

    private async Task<SubmissionResult> ChangeAsync(
        (string Operation, ChangeAttribution By, string? IdempotencyKey) change,
        Func<PrefectureRegister?, IReadOnlyList<ValidationError>> validate,
        Func<PrefectureRegister?, PrefectureRegister> apply)
    {
        var targetErrors = RegisterValidator.ValidateTarget(Code, FiscalYear);
        if (targetErrors.Count > 0)
        {
            return SubmissionResult.Rejected(targetErrors);
        }

        if (change.IdempotencyKey is { } key
            && state.State.KeyedChanges.FirstOrDefault(k => k.IdempotencyKey == key && k.Operation == change.Operation) is { } done)
        {
            // Stored before, its answer lost (a crash, a timeout): the original success, nothing applied again.
            return new SubmissionResult(done.Totals, [], Changed: true);
        }

        var previous = state.State.Year;
        var errors = validate(previous?.Register);
        if (errors.Count > 0)
        {
            return SubmissionResult.Rejected(errors);
        }

        var current = previous?.Register ?? PrefectureRegister.Empty;
        var next = apply(previous?.Register);
        if (previous is not null && next.Equals(current))
        {
            return new SubmissionResult(SnapshotOf(previous), [], Changed: false);
        }

        var version = (previous?.Version ?? 0) + 1;
        var now = clock.GetUtcNow();
        if (previous is not null && now <= previous.ChangedAt)
        {
            // As-of queries order snapshots by time: a clock that stands still or steps back must not reorder them.
            now = previous.ChangedAt.AddTicks(1);
        }

        var updated = new PrefectureYear(next, version, now) { LastChange = new RegisterChange(version, now, change.Operation, change.By) };
        var snapshot = updated.Snapshot(FiscalYear);
        var updatedState = new PrefectureRegisterState
        {
            Year = updated,
            KeyedChanges = change.IdempotencyKey is { } newKey
                ? [.. state.State.KeyedChanges.TakeLast(KeyedChangesKept - 1), new KeyedChange(newKey, change.Operation, snapshot)]
                : state.State.KeyedChanges,
        };
        if (TooLarge(updatedState) is { } tooLarge)
        {
            return SubmissionResult.Rejected([tooLarge]);
        }

        // History first: a failure after this point leaves an uncommitted event (replaced by the next change of that
        // version, never shown) rather than a stored change the history does not know.
        await history.AppendAsync(new RegisterEvent(
            Code, FiscalYear, version, now, change.Operation, change.By, change.IdempotencyKey, RecordChanges.Between(current, next)));
        await WriteAsync(updatedState);
        _snapshot = snapshot;

        // Totals history only after the commit, so an as-of never shows a version storage does not hold.
        await PublishOrRetryLaterAsync();
        return new SubmissionResult(snapshot, [], Changed: true);
    }

    /// <summary>Serialized as the provider will store it: a state over the limit is refused before anything is written.</summary>
    private ValidationError? TooLarge(PrefectureRegisterState updated)
    {
        var bytes = serializer.Serialize(updated).ToMemory().Length;
        return bytes <= GrainStateLimits.MaxStateBytes
            ? null
            : new(["register"], string.Create(CultureInfo.InvariantCulture,
                $"the register of fiscal year {FiscalYear} after this change would take {bytes:N0} bytes of compressed storage, over the limit of {GrainStateLimits.MaxStateBytes:N0} bytes for one register; nothing was stored."));
    }

    private async Task WriteAsync(PrefectureRegisterState updated)
    {
        var previous = state.State;
        state.State = updated;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            // Memory must keep matching storage, and a failure answered must be true: read back what storage holds.
            state.State = previous;
            if (!await StoredAsync(updated, exception))
            {
                throw;
            }
        }
    }

    /// <summary>
    /// After a failed write, whether storage holds <paramref name="updated"/> after all (a write the SDK retried after
    /// it had landed meets its own ETag). Memory then holds what storage does; when storage cannot be read either,
    /// the outcome is unknown and the grain reloads on its next call.
    /// </summary>
    private async Task<bool> StoredAsync(PrefectureRegisterState updated, Exception failure)
    {
        try
        {
            await state.ReadStateAsync();
        }
        catch (Exception readFailure)
        {
            DeactivateOnIdle();
            logger.LogWarning(readFailure, "Register {Register}: storing version {Version} failed and storage could not be read back", this.GetPrimaryKeyString(), updated.Year?.Version);
            throw new StorageOutcomeUnknownException(string.Create(CultureInfo.InvariantCulture,
                $"Storing version {updated.Year?.Version} of the register {this.GetPrimaryKeyString()} failed ({failure.GetType().Name}) and storage could not be read back, so whether the change was stored is unknown; retry with the same idempotency key to learn which."));
        }

        var stored = state.State.Year;
        return stored is not null && updated.Year is { } written
            && stored.Version == written.Version && stored.ChangedAt == written.ChangedAt && stored.LastChange == written.LastChange;
    }

    // The change is already durable, so a totals history or region that cannot be reached must not fail the
    // submission: publishing is retried until it lands, and the silo start-up reconciliation covers a crash meanwhile.
    private async Task PublishOrRetryLaterAsync()
    {
        try
        {
            await ReportTotalsAsync();
            _publishRetry?.Dispose();
            _publishRetry = null;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Register {Register}: recording or reporting its totals failed; retrying every {Interval}", this.GetPrimaryKeyString(), PublishRetryInterval);
            _publishRetry ??= this.RegisterGrainTimer(PublishOrRetryLaterAsync, PublishRetryInterval, PublishRetryInterval);
        }
    }
}
