using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Microsoft.Extensions.Logging;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>
/// Orleans grain storage on Azure Table Storage, for states larger than one entity can hold.
/// </summary>
/// <remarks>
/// <para>Table layout (also in TABLE-LAYOUT.md):</para>
/// <list type="bullet">
/// <item><description><b>PartitionKey</b> = the grain's key as text (prefecture grain "33" → partition "33"),
/// so one prefecture's states share a partition and can be written in one transaction.</description></item>
/// <item><description><b>RowKey</b> = <c>{grainType}|{stateName}|{chunkIndex:D3}</c>, e.g.
/// <c>prefecture|register|000</c>. Characters Azure forbids in keys (<c>/ \ # ?</c>, control characters), and
/// <c>%</c> and <c>|</c>, are escaped as <c>%XX</c> in every key part.</description></item>
/// <item><description>The state is serialized with the <see cref="IGrainStorageSerializer"/>, GZip-compressed and
/// cut into binary properties <c>D00</c>, <c>D01</c>, … of at most 60 KiB, 12 per row.</description></item>
/// <item><description>Chunk <c>000</c> is the head row. It carries <c>FormatVersion</c>, <c>Compression</c>,
/// <c>ChunkCount</c>, <c>PayloadLength</c>, <c>StateLength</c> and <c>WriteId</c> (also on every other chunk), and
/// its ETag is the state's ETag.</description></item>
/// </list>
/// <para>
/// All rows of a state are written or deleted in one entity-group transaction, conditional on the head row's ETag,
/// so readers see either the old or the new state. A state whose transaction would exceed Azure's 100 actions or
/// 4 MiB is refused with <see cref="GrainStateTooLargeException"/> before anything is written.
/// </para>
/// </remarks>
internal sealed class AzureTableGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string name;
    private readonly AzureTableGrainStorageOptions options;
    private readonly IActivatorProvider activatorProvider;
    private readonly ILogger<AzureTableGrainStorage> logger;
    private TableClient? table;

    public AzureTableGrainStorage(
        string name,
        AzureTableGrainStorageOptions options,
        IActivatorProvider activatorProvider,
        ILogger<AzureTableGrainStorage> logger)
    {
        this.name = name;
        this.options = options;
        this.activatorProvider = activatorProvider;
        this.logger = logger;
    }

    private TableClient Table => table ?? throw new InvalidOperationException(
        $"Azure Table grain storage '{name}' was used before the silo lifecycle reached stage {options.InitStage}, "
        + "where it creates its table.");

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<AzureTableGrainStorage>(name), options.InitStage, InitializeAsync);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var keys = StateKeys.For(grainId, stateName);
        try
        {
            var headResponse = await Table.GetEntityIfExistsAsync<TableEntity>(keys.PartitionKey, keys.HeadRowKey);
            if (!headResponse.HasValue || headResponse.Value is not { } headRow)
            {
                Reset(grainState, eTag: null);
                logger.StateRead(stateName, grainId, found: false, eTag: null);
                return;
            }

            var head = StateHead.ReadFrom(headRow);
            if (head.IsCleared)
            {
                Reset(grainState, headRow.ETag.ToString());
                logger.StateRead(stateName, grainId, found: false, grainState.ETag);
                return;
            }

            var chunkRows = head.ChunkCount > 1 ? await ReadChunkRowsAsync(keys) : [];
            var payload = StateRows.Join(keys, head, headRow, chunkRows);
            var serialized = StateCompression.Decompress(payload, head.StateLength);
            grainState.State = options.GrainStorageSerializer.Deserialize<T>(serialized) ?? CreateInstance<T>();
            grainState.ETag = headRow.ETag.ToString();
            grainState.RecordExists = true;
            logger.StateRead(stateName, grainId, found: true, grainState.ETag);
        }
        catch (InvalidDataException exception)
        {
            throw Failure("reading", stateName, grainId, exception,
                $"the stored rows are incomplete or inconsistent ({exception.Message}), so no partial state is returned");
        }
        catch (Exception exception) when (IsUnexpected(exception))
        {
            throw Failure("reading", stateName, grainId, exception);
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var keys = StateKeys.For(grainId, stateName);
        try
        {
            var serialized = options.GrainStorageSerializer.Serialize(grainState.State).ToMemory();
            var payload = StateCompression.Compress(serialized.Span);
            var rows = StateRows.Split(keys, payload, serialized.Length, Guid.NewGuid());
            var stored = await StoredRows.ReadAsync(Table, keys);
            EnsureExpectedETag("writing", stateName, grainId, stored, grainState.ETag);

            var actions = new List<TableTransactionAction>(rows.Count + stored.ChunkRowKeys.Count)
            {
                grainState.ETag is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, rows[0])
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, rows[0], new ETag(grainState.ETag)),
            };
            actions.AddRange(rows.Skip(1).Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)));
            var leftovers = stored.ChunkRowKeys.Except(rows.Select(row => row.RowKey));
            actions.AddRange(leftovers.Select(rowKey => DeleteAction(keys, rowKey)));

            if (!TransactionLimits.Fits(actions, out var estimatedRequestBytes))
            {
                var message = $"State '{stateName}' of grain {grainId} is too large to store in table '{options.TableName}': "
                    + $"{serialized.Length:N0} bytes serialized, {payload.Length:N0} compressed, in {rows.Count} rows; "
                    + $"its transaction would need {actions.Count} actions and about {estimatedRequestBytes:N0} bytes, "
                    + $"Azure allows {TransactionLimits.MaxActions} and {TransactionLimits.MaxRequestBytes:N0}. "
                    + "Nothing was written.";
                logger.StateTooLarge(message);
                throw new GrainStateTooLargeException(message);
            }

            var response = await Table.SubmitTransactionAsync(actions);
            grainState.ETag = response.Value[0].Headers.ETag?.ToString();
            grainState.RecordExists = true;
            logger.StateWritten(stateName, grainId, serialized.Length, payload.Length, rows.Count, grainState.ETag);
        }
        catch (RequestFailedException exception) when (IsETagConflict(exception))
        {
            throw Conflict("writing", stateName, grainId, storedETag: null, grainState.ETag, exception);
        }
        catch (Exception exception) when (IsUnexpected(exception))
        {
            throw Failure("writing", stateName, grainId, exception);
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var keys = StateKeys.For(grainId, stateName);
        try
        {
            var stored = await StoredRows.ReadAsync(Table, keys);
            EnsureExpectedETag("clearing", stateName, grainId, stored, grainState.ETag);

            var actions = new List<TableTransactionAction>(stored.ChunkRowKeys.Count + 1);
            if (!options.DeleteStateOnClear)
            {
                var clearedHead = StateRows.ClearedHead(keys, Guid.NewGuid());
                actions.Add(grainState.ETag is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, clearedHead)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, clearedHead, new ETag(grainState.ETag)));
            }
            else if (grainState.ETag is not null)
            {
                actions.Add(new TableTransactionAction(
                    TableTransactionActionType.Delete,
                    new TableEntity(keys.PartitionKey, keys.HeadRowKey),
                    new ETag(grainState.ETag)));
            }

            actions.AddRange(stored.ChunkRowKeys.Select(rowKey => DeleteAction(keys, rowKey)));
            string? eTag = null;
            if (actions.Count > 0)
            {
                var response = await Table.SubmitTransactionAsync(actions);
                eTag = options.DeleteStateOnClear ? null : response.Value[0].Headers.ETag?.ToString();
            }

            Reset(grainState, eTag);
            logger.StateCleared(stateName, grainId, actions.Count, eTag);
        }
        catch (RequestFailedException exception) when (IsETagConflict(exception))
        {
            throw Conflict("clearing", stateName, grainId, storedETag: null, grainState.ETag, exception);
        }
        catch (Exception exception) when (IsUnexpected(exception))
        {
            throw Failure("clearing", stateName, grainId, exception);
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var client = new TableServiceClient(options.ConnectionString, options.ClientOptions).GetTableClient(options.TableName);

        // The path alone: a SAS token in the query string must not reach the logs.
        var tableUri = new Uri(client.Uri.GetLeftPart(UriPartial.Path));
        try
        {
            await client.CreateIfNotExistsAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.InitializationFailed(name, tableUri, exception);
            throw new AzureTableGrainStorageException(
                $"Azure Table grain storage '{name}' could not create or reach table {tableUri}: {exception.Message}",
                exception);
        }

        table = client;
        logger.Initialized(name, tableUri, stopwatch.ElapsedMilliseconds);
    }

    private async Task<List<TableEntity>> ReadChunkRowsAsync(StateKeys keys)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {keys.PartitionKey} and RowKey ge {keys.FirstChunkRowKey} and RowKey le {keys.LastPossibleRowKey}");
        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static TableTransactionAction DeleteAction(StateKeys keys, string rowKey) =>
        new(TableTransactionActionType.Delete, new TableEntity(keys.PartitionKey, rowKey), ETag.All);

    // Checked before the transaction as well as by it: the early check names both ETags, and avoids sending an
    // ETag that never came from this table (Azure answers such ETags with 400, not 412).
    private void EnsureExpectedETag(string operation, string stateName, GrainId grainId, StoredRows stored, string? expectedETag)
    {
        if (stored.HeadETag != expectedETag)
        {
            throw Conflict(operation, stateName, grainId, stored.HeadETag, expectedETag, storageException: null);
        }
    }

    // 409 when adding a state that another writer created, 412 when the head changed, 404 when it was deleted.
    private static bool IsETagConflict(RequestFailedException exception) =>
        exception.Status == 412
        || (exception.Status == 409 && exception.ErrorCode == TableErrorCode.EntityAlreadyExists)
        || (exception.Status == 404 && exception.ErrorCode == TableErrorCode.ResourceNotFound);

    private static bool IsUnexpected(Exception exception) =>
        exception is not (InconsistentStateException or AzureTableGrainStorageException);

    private InconsistentStateException Conflict(
        string operation,
        string stateName,
        GrainId grainId,
        string? storedETag,
        string? expectedETag,
        Exception? storageException)
    {
        var stored = storedETag ?? (storageException is null ? "(no stored state)" : "(changed by another writer)");
        var expected = expectedETag ?? "(none: the caller expects no stored state)";
        logger.ETagConflict(operation, stateName, grainId, stored, expected);
        var message = $"ETag conflict {operation} state '{stateName}' of grain {grainId} in table '{options.TableName}': "
            + $"stored ETag {stored}, caller's ETag {expected}.";
        return storageException is null
            ? new InconsistentStateException(message, stored, expected)
            : new InconsistentStateException(message, stored, expected, storageException);
    }

    private AzureTableGrainStorageException Failure(
        string operation,
        string stateName,
        GrainId grainId,
        Exception exception,
        string? reason = null)
    {
        logger.OperationFailed(operation, stateName, grainId, options.TableName, exception);
        return new AzureTableGrainStorageException(
            $"Failed {operation} state '{stateName}' of grain {grainId} in table '{options.TableName}': "
            + $"{(reason ?? exception.Message).TrimEnd('.')}.",
            exception);
    }

    private void Reset<T>(IGrainState<T> grainState, string? eTag)
    {
        grainState.State = CreateInstance<T>();
        grainState.ETag = eTag;
        grainState.RecordExists = false;
    }

    private T CreateInstance<T>() => activatorProvider.GetActivator<T>().Create();
}
