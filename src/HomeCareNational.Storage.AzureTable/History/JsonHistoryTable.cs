using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using HomeCareNational.Abstractions;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>
/// An append-only history table whose every row holds one record as JSON beside a format version: the store the
/// totals history and the round history share, each with keys of its own. Writing upserts (replace), so writing a
/// row again leaves one row: a snapshot recorded twice, or the leftover of a failed write replaced by the next one.
/// The table is created on first use.
/// </summary>
/// <typeparam name="T">The record a row holds.</typeparam>
internal sealed class JsonHistoryTable<T>
    where T : class
{
    private const string FormatVersionProperty = "FormatVersion";

    /// <summary>Bumped when the row layout changes so that an old build refuses rows it would misread.</summary>
    private const int CurrentFormatVersion = 1;

    private readonly HistoryTable table;
    private readonly string recordProperty;
    private readonly string recordName;

    /// <param name="client">The table.</param>
    /// <param name="recordProperty">The property holding the record's JSON, e.g. <c>Snapshot</c>.</param>
    /// <param name="recordName">What a record is called in an error, e.g. <c>totals snapshot</c>.</param>
    public JsonHistoryTable(TableClient client, string recordProperty, string recordName)
    {
        table = new HistoryTable(client);
        this.recordProperty = recordProperty;
        this.recordName = recordName;
    }

    /// <summary>The table of the history options that <paramref name="tableName"/> picks, on the account they name.</summary>
    public static JsonHistoryTable<T> Of(
        IOptions<HistoryStorageOptions> options,
        HomeCareTableServiceClientFactory clients,
        Func<HistoryStorageOptions, string> tableName,
        string recordProperty,
        string recordName)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clients);
        var settings = options.Value;
        return new JsonHistoryTable<T>(clients.Create(settings).GetTableClient(tableName(settings)), recordProperty, recordName);
    }

    public async Task WriteAsync(string partitionKey, string rowKey, T record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = new TableEntity(partitionKey, rowKey)
        {
            [FormatVersionProperty] = CurrentFormatVersion,
            [recordProperty] = JsonSerializer.Serialize(record, StoredJson.HistoryRows),
        };
        var client = await table.GetAsync(cancellationToken);
        await client.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Every record of the partition whose row key meets <paramref name="rowKeys"/>, in row key order.</summary>
    public async Task<ImmutableArray<T>> ReadAsync(string partitionKey, FormattableString rowKeys, CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken);
        var records = ImmutableArray.CreateBuilder<T>();
        await foreach (var row in client.QueryAsync<TableEntity>(Filter(partitionKey, rowKeys), cancellationToken: cancellationToken))
        {
            records.Add(Read(partitionKey, row));
        }

        return records.DrainToImmutable();
    }

    /// <summary>The first record of the partition, in row key order, whose row key meets <paramref name="rowKeys"/>; one row read.</summary>
    public async Task<T?> FirstAsync(string partitionKey, FormattableString rowKeys, CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken);
        var rows = client.QueryAsync<TableEntity>(Filter(partitionKey, rowKeys), maxPerPage: 1, cancellationToken: cancellationToken);
        await foreach (var page in rows.AsPages())
        {
            // A page may come back empty with a continuation token; only a row ends the search.
            if (page.Values.Count > 0)
            {
                return Read(partitionKey, page.Values[0]);
            }
        }

        return null;
    }

    private static string Filter(string partitionKey, FormattableString rowKeys) =>
        $"{TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}")} and {TableClient.CreateQueryFilter(rowKeys)}";

    private T Read(string partitionKey, TableEntity row)
    {
        var formatVersion = row.GetInt32(FormatVersionProperty);
        var json = row.GetString(recordProperty);
        try
        {
            if (formatVersion != CurrentFormatVersion || json is null)
            {
                throw new InvalidDataException(
                    $"format version {formatVersion?.ToString(CultureInfo.InvariantCulture) ?? "(none)"} (this build reads {CurrentFormatVersion}), "
                    + $"{recordProperty} {(json is null ? "missing" : "present")}");
            }

            return JsonSerializer.Deserialize<T>(json, StoredJson.HistoryRows) ?? throw new InvalidDataException($"{recordProperty} is null");
        }
        catch (Exception exception) when (exception is InvalidDataException or JsonException)
        {
            throw new InvalidDataException(
                $"The {recordName} in table '{table.Name}', partition '{partitionKey}', row '{row.RowKey}' cannot be read: {exception.Message.TrimEnd('.')}.",
                exception);
        }
    }
}
