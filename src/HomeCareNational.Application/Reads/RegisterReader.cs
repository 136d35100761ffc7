using System.Collections.Immutable;
using HomeCareNational.Abstractions.History;

namespace HomeCareNational.Application.Reads;

/// <summary>
/// Reads a prefecture's register of a fiscal year and its revisions (the change history by version), from the
/// prefecture grain and, to find the versions since an instant, the totals history.
/// </summary>
public sealed class RegisterReader(IGrainFactory grains, ITotalsHistory totalsHistory)
{
    /// <summary>The register as it is now; null when the prefecture has none for the fiscal year.</summary>
    public async Task<RegisterView?> RegisterAsync(string prefectureCode, int fiscalYear) =>
        await Prefecture(prefectureCode).GetRegisterAsync(fiscalYear) is { } register
            ? new RegisterView(prefectureCode, fiscalYear, register)
            : null;

    /// <summary>The version of the fiscal year's latest accepted change: its revisions are 1 to this; 0 when there is none.</summary>
    public async Task<long> CommittedVersionAsync(string prefectureCode, int fiscalYear) =>
        (await Prefecture(prefectureCode).GetTotalsAsync(fiscalYear))?.Version ?? 0;

    /// <summary>
    /// The first version accepted at or after <paramref name="instant"/> (one more than the committed version when
    /// none was). Every revision records the prefecture's totals with its version and time, so this is one read of
    /// the totals history: the version in force just before the instant, plus one.
    /// </summary>
    public async Task<long> FirstVersionSinceAsync(string prefectureCode, int fiscalYear, DateTimeOffset instant) =>
        instant == DateTimeOffset.MinValue
            ? 1
            : ((await totalsHistory.AsOfAsync(TotalsScope.Prefecture(prefectureCode), fiscalYear, instant.AddTicks(-1)))?.Version ?? 0) + 1;

    /// <summary>Summaries of the revisions <paramref name="fromVersion"/> to <paramref name="toVersion"/>, ascending.</summary>
    public async Task<ImmutableArray<RevisionSummary>> RevisionsAsync(string prefectureCode, int fiscalYear, long fromVersion, long toVersion) =>
        await Prefecture(prefectureCode).GetRevisionsAsync(fiscalYear, fromVersion, toVersion);

    /// <summary>The revisions <paramref name="fromVersion"/> to <paramref name="toVersion"/> with every record before and after, ascending.</summary>
    public async Task<ImmutableArray<RegisterEvent>> RevisionEventsAsync(string prefectureCode, int fiscalYear, long fromVersion, long toVersion) =>
        await Prefecture(prefectureCode).GetRevisionEventsAsync(fiscalYear, fromVersion, toVersion);

    private IPrefectureGrain Prefecture(string code) => grains.GetGrain<IPrefectureGrain>(code);
}
