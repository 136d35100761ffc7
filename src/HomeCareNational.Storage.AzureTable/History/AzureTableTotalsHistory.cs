using System.Text.Json;
using Azure.Data.Tables;
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
public sealed class AzureTableTotalsHistory : ITotalsHistory
{
    private const string SnapshotProperty = "Snapshot";
    private const string FormatVersionProperty = "FormatVersion";

    /// <summary>Bumped when the row layout changes so that an old build refuses rows it would misread.</summary>
    private const int CurrentFormatVersion = 1;

    private readonly HistoryTable table;

    public AzureTableTotalsHistory(IOptions<HistoryStorageOptions> options, HomeCareTableServiceClientFactory clients)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clients);
        var settings = options.Value;
        table = new HistoryTable(clients.Create(settings).GetTableClient(settings.TotalsTableName));
    }

    public async Task RecordAsync(TotalsScope scope, TotalsSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var row = new TableEntity(
            HistoryKeys.TotalsPartition(scope, snapshot.FiscalYear),
            HistoryKeys.TotalsRowKey(snapshot.AsOf, snapshot.Version))
        {
            [FormatVersionProperty] = CurrentFormatVersion,
            [SnapshotProperty] = JsonSerializer.Serialize(snapshot, HistoryJson.Options),
        };

        var client = await table.GetAsync(cancellationToken);
        await client.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<TotalsSnapshot?> AsOfAsync(
        TotalsScope scope, int fiscalYear, DateTimeOffset instant, CancellationToken cancellationToken = default)
    {
        var partitionKey = HistoryKeys.TotalsPartition(scope, fiscalYear);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {HistoryKeys.TotalsRowKeyPrefix(instant)}");
        var client = await table.GetAsync(cancellationToken);
        await foreach (var page in client.QueryAsync<TableEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken).AsPages())
        {
            // A page may come back empty with a continuation token; only a row ends the search.
            if (page.Values.Count > 0)
            {
                return Read(partitionKey, page.Values[0]);
            }
        }

        return null;
    }

    private TotalsSnapshot Read(string partitionKey, TableEntity row)
    {
        var formatVersion = row.GetInt32(FormatVersionProperty);
        var json = row.GetString(SnapshotProperty);
        try
        {
            if (formatVersion != CurrentFormatVersion || json is null)
            {
                throw new InvalidDataException(
                    $"format version {formatVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} "
                    + $"(this build reads {CurrentFormatVersion}), {(json is null ? "no" : "a")} {SnapshotProperty}");
            }

            return JsonSerializer.Deserialize<TotalsSnapshot>(json, HistoryJson.Options)
                ?? throw new InvalidDataException($"{SnapshotProperty} is null");
        }
        catch (Exception exception) when (exception is InvalidDataException or JsonException)
        {
            throw new InvalidDataException(
                $"The totals snapshot in table '{table.Name}', partition '{partitionKey}', row '{row.RowKey}' cannot be read: "
                + $"{exception.Message.TrimEnd('.')}.",
                exception);
        }
    }
}
