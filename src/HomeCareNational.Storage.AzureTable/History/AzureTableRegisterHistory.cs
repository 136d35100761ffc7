using System.Collections.Immutable;
using Azure.Data.Tables;
using HomeCareNational.Abstractions.History;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>
/// The register history in Azure Table Storage (table <see cref="HistoryStorageOptions.RegisterTableName"/>).
/// </summary>
/// <remarks>
/// <para>Table layout (also in TABLE-LAYOUT.md):</para>
/// <list type="bullet">
/// <item><description><b>PartitionKey</b> = <c>{prefecture}-{fiscalYear}</c>, e.g. <c>13-2024</c>: one register's
/// whole history, so each event is written in one transaction.</description></item>
/// <item><description>Head row <c>h-{version:D12}</c>: when, what, who (JSON), the idempotency key, the
/// added/altered/removed counts and the chunk count. Revision lists read only these.</description></item>
/// <item><description>Chunk rows <c>c-{version:D12}-{chunk:D3}</c>: the record changes as JSON, GZip-compressed, in
/// binary properties of at most 60 KiB.</description></item>
/// </list>
/// <para>
/// All rows of an event are upserted in one entity-group transaction, so an uncommitted leftover of the same version
/// is replaced whole; the head's chunk count decides which chunks are read, so extra chunks of a longer leftover
/// are ignored. An event whose transaction would exceed Azure's 100 actions or 4 MiB is refused with
/// <see cref="RegisterEventTooLargeException"/> before anything is written.
/// </para>
/// </remarks>
public sealed class AzureTableRegisterHistory : IRegisterHistory
{
    private readonly HistoryTable table;

    public AzureTableRegisterHistory(IOptions<HistoryStorageOptions> options, HomeCareTableServiceClientFactory clients)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clients);
        var settings = options.Value;
        table = new HistoryTable(clients.Create(settings).GetTableClient(settings.RegisterTableName));
    }

    public async Task AppendAsync(RegisterEvent change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(change.Operation);
        ArgumentNullException.ThrowIfNull(change.By);
        HistoryKeys.ValidVersion(change.Version, nameof(change));
        var partitionKey = HistoryKeys.RegisterPartition(change.PrefectureCode, change.FiscalYear);

        var rows = RegisterHistoryRows.Split(partitionKey, change, Guid.NewGuid(), out var changesLength);
        var actions = rows.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)).ToList();
        if (!TransactionLimits.Fits(actions, out var estimatedRequestBytes))
        {
            throw new RegisterEventTooLargeException(
                $"Version {change.Version} of the register of prefecture {change.PrefectureCode}, fiscal year {change.FiscalYear} "
                + $"({change.Operation}, {(change.Changes.IsDefault ? 0 : change.Changes.Length):N0} record changes) is too large for "
                + $"table '{table.Name}': {changesLength:N0} bytes of changes as JSON, in {rows.Count} rows; its transaction "
                + $"would need {actions.Count} actions and about {estimatedRequestBytes:N0} bytes, Azure allows "
                + $"{TransactionLimits.MaxActions} and {TransactionLimits.MaxRequestBytes:N0}. Nothing was written.");
        }

        var client = await table.GetAsync(cancellationToken);
        await client.SubmitTransactionAsync(actions, cancellationToken);
    }

    public async Task<ImmutableArray<RevisionSummary>> ReadSummariesAsync(
        string prefectureCode, int fiscalYear, long fromVersion, long toVersion, CancellationToken cancellationToken = default)
    {
        var partitionKey = HistoryKeys.RegisterPartition(prefectureCode, fiscalYear);
        if (!TryClamp(ref fromVersion, ref toVersion))
        {
            return [];
        }

        var client = await table.GetAsync(cancellationToken);
        var summaries = ImmutableArray.CreateBuilder<RevisionSummary>();
        foreach (var head in await ReadHeadsAsync(client, partitionKey, fromVersion, toVersion, cancellationToken))
        {
            summaries.Add(Read(partitionKey, head, () => RegisterHistoryRows.ReadSummary(prefectureCode, fiscalYear, head)));
        }

        return summaries.DrainToImmutable();
    }

    public async Task<ImmutableArray<RegisterEvent>> ReadEventsAsync(
        string prefectureCode, int fiscalYear, long fromVersion, long toVersion, CancellationToken cancellationToken = default)
    {
        var partitionKey = HistoryKeys.RegisterPartition(prefectureCode, fiscalYear);
        if (!TryClamp(ref fromVersion, ref toVersion))
        {
            return [];
        }

        var client = await table.GetAsync(cancellationToken);
        var headsRead = ReadHeadsAsync(client, partitionKey, fromVersion, toVersion, cancellationToken);
        var chunksRead = ReadChunksAsync(client, partitionKey, fromVersion, toVersion, cancellationToken);
        await Task.WhenAll(headsRead, chunksRead);
        var heads = await headsRead;
        var chunks = await chunksRead;

        var events = ImmutableArray.CreateBuilder<RegisterEvent>(heads.Count);
        foreach (var head in heads)
        {
            events.Add(Read(partitionKey, head, () =>
            {
                var summary = RegisterHistoryRows.ReadSummary(prefectureCode, fiscalYear, head);
                var changes = RegisterHistoryRows.ReadChanges(
                    head, chunks.GetValueOrDefault(summary.Version) ?? new Dictionary<int, TableEntity>());
                return new RegisterEvent(
                    prefectureCode, fiscalYear, summary.Version, summary.At, summary.Operation, summary.By, summary.IdempotencyKey, changes);
            }));
        }

        return events.DrainToImmutable();
    }

    /// <summary>Limits the range to the versions a key can hold; false when nothing is in it.</summary>
    private static bool TryClamp(ref long fromVersion, ref long toVersion)
    {
        fromVersion = Math.Max(fromVersion, 1);
        toVersion = Math.Min(toVersion, HistoryKeys.MaxVersion);
        return fromVersion <= toVersion;
    }

    private static async Task<List<TableEntity>> ReadHeadsAsync(
        TableClient client, string partitionKey, long fromVersion, long toVersion, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {HistoryKeys.HeadRowKey(fromVersion)} and RowKey le {HistoryKeys.HeadRowKey(toVersion)}");
        var heads = new List<TableEntity>();
        await foreach (var head in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            heads.Add(head);
        }

        return heads;
    }

    /// <summary>Chunk rows of the range by version, then by chunk index.</summary>
    private static async Task<Dictionary<long, Dictionary<int, TableEntity>>> ReadChunksAsync(
        TableClient client, string partitionKey, long fromVersion, long toVersion, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {HistoryKeys.FirstChunkRowKey(fromVersion)} and RowKey le {HistoryKeys.LastChunkRowKey(toVersion)}");
        var chunks = new Dictionary<long, Dictionary<int, TableEntity>>();
        await foreach (var row in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var (version, chunk) = RegisterHistoryRows.ParseChunkRowKey(row.RowKey);
            if (!chunks.TryGetValue(version, out var ofVersion))
            {
                chunks[version] = ofVersion = [];
            }

            ofVersion[chunk] = row;
        }

        return chunks;
    }

    private T Read<T>(string partitionKey, TableEntity head, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            throw new InvalidDataException(
                $"The register history in table '{table.Name}', partition '{partitionKey}', row '{head.RowKey}' cannot be read: "
                + $"{exception.Message.TrimEnd('.')}. No partial event is returned.",
                exception);
        }
    }
}
