using System.Collections.Immutable;
using HomeCareNational.Abstractions.History;
using HomeCareNational.Domain.Edits;

namespace HomeCareNational.Abstractions;

/// <summary>
/// A prefecture's registers of home-care areas, collaboration hubs, designated institutions and hub activity
/// reports, per fiscal year. Key: the JIS X 0401 prefecture code, "01" (北海道) to "47" (沖縄県). It keeps the list of
/// the prefecture's fiscal years and hands each call to that year's <see cref="IPrefectureRegisterGrain"/> (key e.g.
/// "33-2024"), which holds the register: every accepted change is appended to the register history (who, when, what,
/// before and after), stored, recorded in the totals history and pushed up to the prefecture's
/// <see cref="IRegionGrain"/> before the call returns. Callers have already checked that the caller may write for
/// this prefecture.
/// </summary>
public interface IPrefectureGrain : IGrainWithStringKey
{
    /// <summary>Validates the edit against the fiscal year's register and applies it; an edit that changes nothing stores nothing.</summary>
    /// <param name="fiscalYear">The fiscal year of the register.</param>
    /// <param name="edit">What to change.</param>
    /// <param name="by">Who asks.</param>
    /// <param name="idempotencyKey">The client's idempotency key, kept with the change in the history and the register's state.</param>
    Task<SubmissionResult> EditAsync(int fiscalYear, RegisterEdit edit, ChangeAttribution by, string? idempotencyKey = null);

    /// <summary>
    /// Opens a fiscal year from the previous year's register: its areas, hubs and designations in force (with their
    /// review outcomes), without activity reports, which are per year. Refused when the year already has data or the
    /// previous year has none.
    /// </summary>
    Task<SubmissionResult> OpenFiscalYearAsync(int fiscalYear, ChangeAttribution by, string? idempotencyKey = null);

    /// <summary>The fiscal year's totals, or null if nothing was submitted for it.</summary>
    [ReadOnly]
    Task<TotalsSnapshot?> GetTotalsAsync(int fiscalYear);

    /// <summary>The fiscal year's register, or null if nothing was submitted for it.</summary>
    [ReadOnly]
    Task<PrefectureRegister?> GetRegisterAsync(int fiscalYear);

    /// <summary>The fiscal year's latest accepted change, or null if nothing was submitted for it.</summary>
    [ReadOnly]
    Task<RegisterChange?> GetLastChangeAsync(int fiscalYear);

    /// <summary>Summaries of the committed revisions <paramref name="fromVersion"/> to <paramref name="toVersion"/> (both included, clipped to those that exist), ascending.</summary>
    [ReadOnly]
    Task<ImmutableArray<RevisionSummary>> GetRevisionsAsync(int fiscalYear, long fromVersion, long toVersion);

    /// <summary>The committed revisions <paramref name="fromVersion"/> to <paramref name="toVersion"/> with every record before and after, ascending.</summary>
    [ReadOnly]
    Task<ImmutableArray<RegisterEvent>> GetRevisionEventsAsync(int fiscalYear, long fromVersion, long toVersion);

    /// <summary>Fiscal years with data, ascending.</summary>
    [ReadOnly]
    Task<ImmutableArray<int>> GetFiscalYearsAsync();

    /// <summary>Records and pushes the totals of every fiscal year again; harmless when the history and the region are current.</summary>
    Task ReportTotalsAsync();
}
