using System.Collections.Immutable;
using HomeCareNational.Abstractions.History;
using HomeCareNational.Domain.Edits;

namespace HomeCareNational.Abstractions;

/// <summary>
/// A prefecture's register for one fiscal year: its own grain, so a change writes that year's state alone. Key:
/// <c>{prefecture}-{fiscalYear}</c>, e.g. <c>33-2024</c> (岡山県, FY2024; <see cref="PrefectureRegisterKey"/>).
/// Callers go through the prefecture's <see cref="IPrefectureGrain"/>, which keeps the list of its fiscal years. Every
/// accepted change is appended to the register history, then stored (the commit), then its totals are recorded in
/// the totals history and pushed up to the region. A change whose stored state would exceed
/// <see cref="GrainStateLimits.MaxStateBytes"/> is refused and nothing is written.
/// </summary>
public interface IPrefectureRegisterGrain : IGrainWithStringKey
{
    /// <summary>
    /// Validates the edit against the register and applies it; an edit that changes nothing stores nothing. A retry
    /// with the key of a change already stored answers that change's success again and applies nothing.
    /// </summary>
    Task<SubmissionResult> EditAsync(RegisterEdit edit, ChangeAttribution by, string? idempotencyKey);

    /// <summary>Opens the year from the previous year's register (see <see cref="IPrefectureGrain.OpenFiscalYearAsync"/>).</summary>
    Task<SubmissionResult> OpenFromPreviousYearAsync(ChangeAttribution by, string? idempotencyKey);

    /// <summary>The year's totals, or null if nothing was submitted for it.</summary>
    [ReadOnly]
    Task<TotalsSnapshot?> GetTotalsAsync();

    /// <summary>The year's register, or null if nothing was submitted for it.</summary>
    [ReadOnly]
    Task<PrefectureRegister?> GetRegisterAsync();

    /// <summary>
    /// The register as it was at a committed version (the current one read from state, an earlier one rebuilt from the
    /// history); null for a version the register never had. A reporting round publishes the accepted version this way.
    /// </summary>
    [ReadOnly]
    Task<PrefectureRegister?> GetRegisterAtAsync(long version);

    /// <summary>The year's latest accepted change, or null if nothing was submitted for it.</summary>
    [ReadOnly]
    Task<RegisterChange?> GetLastChangeAsync();

    /// <summary>Summaries of the committed revisions in the range (both included, clipped to those that exist), ascending.</summary>
    [ReadOnly]
    Task<ImmutableArray<RevisionSummary>> GetRevisionsAsync(long fromVersion, long toVersion);

    /// <summary>The committed revisions in the range with every record before and after, ascending.</summary>
    [ReadOnly]
    Task<ImmutableArray<RegisterEvent>> GetRevisionEventsAsync(long fromVersion, long toVersion);

    /// <summary>Records the year's totals in the totals history and pushes them to the region again; harmless when both are current.</summary>
    Task ReportTotalsAsync();
}
