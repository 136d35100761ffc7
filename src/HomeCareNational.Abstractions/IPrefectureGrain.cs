using System.Collections.Immutable;
namespace HomeCareNational.Abstractions;

/// <summary>
/// A prefecture's register of home-care areas, collaboration hubs and designated institutions, per fiscal year.
/// Key: the JIS X 0401 prefecture code, "01" (北海道) to "47" (沖縄県). Every accepted change is pushed up to
/// the prefecture's <see cref="IRegionGrain"/> before the call returns, and recorded with who made it. Callers
/// have already checked that the caller may write for this prefecture.
/// </summary>
public interface IPrefectureGrain : IGrainWithStringKey
{
    /// <summary>Replaces the fiscal year's home-care areas. Refused if an area still in use by a hub or designation would disappear.</summary>
    Task<SubmissionResult> SubmitAreasAsync(int fiscalYear, ImmutableArray<HomeCareArea> areas, ChangeAttribution by);

    /// <summary>Replaces the fiscal year's collaboration hubs; every area they cover must already be submitted.</summary>
    Task<SubmissionResult> SubmitHubsAsync(int fiscalYear, ImmutableArray<CollaborationHub> hubs, ChangeAttribution by);

    /// <summary>Replaces the fiscal year's designated institutions; every area they name must already be submitted.</summary>
    Task<SubmissionResult> SubmitDesignationsAsync(int fiscalYear, ImmutableArray<DesignatedInstitution> institutions, ChangeAttribution by);

    /// <summary>The fiscal year's totals, or null if nothing was submitted for it.</summary>
    [ReadOnly]
    Task<TotalsSnapshot?> GetTotalsAsync(int fiscalYear);

    /// <summary>The fiscal year's register, or null if nothing was submitted for it.</summary>
    [ReadOnly]
    Task<PrefectureRegister?> GetRegisterAsync(int fiscalYear);

    /// <summary>Every accepted change of the fiscal year's register, oldest first, with who made it.</summary>
    [ReadOnly]
    Task<ImmutableArray<RegisterChange>> GetChangesAsync(int fiscalYear);

    /// <summary>Fiscal years with data, ascending.</summary>
    [ReadOnly]
    Task<ImmutableArray<int>> GetFiscalYearsAsync();

    /// <summary>Pushes the totals of every fiscal year to the region again; harmless when the region is current.</summary>
    Task ReportTotalsAsync();
}
