using HomeCareNational.Abstractions.History;
using HomeCareNational.Domain.Summaries;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>
/// The totals history in Azure Table Storage (table <see cref="HistoryStorageOptions.TotalsTableName"/>).
/// </summary>
/// <remarks>
/// <para>Table layout (also in TABLE-LAYOUT.md):</para>
/// <list type="bullet">
/// <item><description><b>PartitionKey</b> = <c>{level}-{code}-{fiscalYear}</c>, e.g. <c>national-japan-2024</c>,
/// <c>region-kanto-2024</c>, <c>prefecture-13-2024</c>.</description></item>
/// <item><description><b>RowKey</b> = <c>{MaxTicks - asOfUtcTicks:D19}-{long.MaxValue - version:D19}</c>, so
/// ascending keys run newest first and, for one instant, highest version first.</description></item>
/// <item><description><c>Snapshot</c> = the <see cref="TotalsSnapshot"/> as JSON.</description></item>
/// </list>
/// <para>
/// "As of" an instant is therefore the first row at or after that instant's inverted key: one row read.
/// Recording is an upsert, so recording the same snapshot twice leaves one row.
/// </para>
/// </remarks>
public sealed class AzureTableTotalsHistory(IOptions<HistoryStorageOptions> options, HomeCareTableServiceClientFactory clients) : ITotalsHistory
{
    /// <summary>The property holding the TotalsSnapshot as JSON.</summary>
    private const string SnapshotProperty = "Snapshot";

    private readonly JsonHistoryTable<TotalsSnapshot> table = JsonHistoryTable<TotalsSnapshot>.Of(options, clients, settings => settings.TotalsTableName, SnapshotProperty, "totals snapshot");

    public Task RecordAsync(TotalsScope scope, TotalsSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return table.WriteAsync(
            HistoryKeys.TotalsPartition(scope, snapshot.FiscalYear), HistoryKeys.TotalsRowKey(snapshot.AsOf, snapshot.Version), snapshot, cancellationToken);
    }

    public Task<TotalsSnapshot?> AsOfAsync(TotalsScope scope, int fiscalYear, DateTimeOffset instant, CancellationToken cancellationToken = default) =>
        table.FirstAsync(HistoryKeys.TotalsPartition(scope, fiscalYear), $"RowKey ge {HistoryKeys.TotalsRowKeyPrefix(instant)}", cancellationToken);
}
