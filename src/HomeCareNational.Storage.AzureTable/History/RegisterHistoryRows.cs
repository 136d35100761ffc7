using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using HomeCareNational.Abstractions;
using HomeCareNational.Abstractions.History;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>
/// The rows of one register event (see TABLE-LAYOUT.md): a head row with everything a revision list shows, and
/// chunk rows with the compressed record changes.
/// </summary>
internal static class RegisterHistoryRows
{
    /// <summary>Bumped when the row layout changes so that an old build refuses rows it would misread.</summary>
    public const int CurrentFormatVersion = 1;

    public const string FormatVersion = nameof(FormatVersion);
    public const string Version = nameof(Version);
    public const string At = nameof(At);
    public const string Operation = nameof(Operation);
    public const string By = nameof(By);
    public const string IdempotencyKey = nameof(IdempotencyKey);
    public const string Added = nameof(Added);
    public const string Altered = nameof(Altered);
    public const string Removed = nameof(Removed);
    public const string Compression = nameof(Compression);
    public const string ChunkCount = nameof(ChunkCount);
    public const string PayloadLength = nameof(PayloadLength);
    public const string ChangesLength = nameof(ChangesLength);

    /// <summary>On the head and every chunk row of an event: chunks of another write of the same version differ.</summary>
    public const string WriteId = nameof(WriteId);

    // Round-trip text keeps the offset the event was accepted with; an Edm.DateTime would come back as UTC.
    private const string AtFormat = "O";

    /// <summary>The head row first, then chunk rows 000, 001, …</summary>
    public static List<TableEntity> Split(string partitionKey, RegisterEvent change, Guid writeId, out int changesLength)
    {
        var changes = change.Changes.IsDefault ? [] : change.Changes;
        var serialized = JsonSerializer.SerializeToUtf8Bytes(changes, StoredJson.HistoryRows);
        changesLength = serialized.Length;
        var payload = StateCompression.Compress(serialized);
        var chunkCount = PayloadProperties.RowsFor(payload.Length);
        var summary = (change with { Changes = changes }).Summary();

        var head = new TableEntity(partitionKey, HistoryKeys.HeadRowKey(change.Version))
        {
            [FormatVersion] = CurrentFormatVersion,
            [Version] = change.Version,
            [At] = change.At.ToString(AtFormat, CultureInfo.InvariantCulture),
            [Operation] = change.Operation,
            [By] = JsonSerializer.Serialize(change.By, StoredJson.HistoryRows),
            [Added] = summary.Added,
            [Altered] = summary.Altered,
            [Removed] = summary.Removed,
            [Compression] = StateCompression.Name,
            [ChunkCount] = chunkCount,
            [PayloadLength] = payload.Length,
            [ChangesLength] = serialized.Length,
            [WriteId] = writeId,
        };
        if (change.IdempotencyKey is not null)
        {
            head[IdempotencyKey] = change.IdempotencyKey;
        }

        var rows = new List<TableEntity>(chunkCount + 1) { head };
        for (var chunk = 0; chunk < chunkCount; chunk++)
        {
            var row = new TableEntity(partitionKey, HistoryKeys.ChunkRowKey(change.Version, chunk))
            {
                [WriteId] = writeId,
            };
            PayloadProperties.Write(row, payload, chunk);
            rows.Add(row);
        }

        return rows;
    }

    /// <exception cref="InvalidDataException">The head row lacks metadata or uses a format this build cannot read.</exception>
    public static RevisionSummary ReadSummary(string prefectureCode, int fiscalYear, TableEntity head)
    {
        var formatVersion = head.GetInt32(FormatVersion);
        if (formatVersion != CurrentFormatVersion)
        {
            throw new InvalidDataException(
                $"head row '{head.RowKey}' has format version {formatVersion?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}, this build reads {CurrentFormatVersion}");
        }

        var by = JsonSerializer.Deserialize<ChangeAttribution>(Required(head, By), StoredJson.HistoryRows)
            ?? throw new InvalidDataException($"head row '{head.RowKey}' has no {By}");
        return new RevisionSummary(
            prefectureCode,
            fiscalYear,
            head.GetInt64(Version) ?? throw Missing(head, Version),
            DateTimeOffset.ParseExact(Required(head, At), AtFormat, CultureInfo.InvariantCulture),
            Required(head, Operation),
            by,
            head.GetString(IdempotencyKey),
            head.GetInt32(Added) ?? throw Missing(head, Added),
            head.GetInt32(Altered) ?? throw Missing(head, Altered),
            head.GetInt32(Removed) ?? throw Missing(head, Removed));
    }

    /// <summary>
    /// The record changes from the head's first <c>ChunkCount</c> chunk rows. Chunk rows beyond that are the
    /// leftover of a longer write of the same version that this one replaced, and are ignored.
    /// </summary>
    /// <param name="head">The version's head row.</param>
    /// <param name="chunks">The version's chunk rows by chunk index.</param>
    /// <exception cref="InvalidDataException">A chunk is missing, from another write, or the sizes disagree.</exception>
    public static ImmutableArray<RecordChange> ReadChanges(TableEntity head, IReadOnlyDictionary<int, TableEntity> chunks)
    {
        if (head.GetString(Compression) != StateCompression.Name)
        {
            throw new InvalidDataException($"head row '{head.RowKey}' names compression '{head.GetString(Compression)}', this build reads '{StateCompression.Name}'");
        }

        var chunkCount = head.GetInt32(ChunkCount) ?? throw Missing(head, ChunkCount);
        var payloadLength = head.GetInt32(PayloadLength) ?? throw Missing(head, PayloadLength);
        var changesLength = head.GetInt32(ChangesLength) ?? throw Missing(head, ChangesLength);
        var writeId = head.GetGuid(WriteId) ?? throw Missing(head, WriteId);
        if (chunkCount is < 1 or > HistoryKeys.MaxChunkIndex + 1 || payloadLength < 0 || changesLength < 0)
        {
            throw new InvalidDataException(
                $"head row '{head.RowKey}' records {chunkCount} chunks, {payloadLength} payload bytes and {changesLength} bytes of changes");
        }

        var payload = new byte[payloadLength];
        var filled = 0;
        for (var chunk = 0; chunk < chunkCount; chunk++)
        {
            if (!chunks.TryGetValue(chunk, out var row))
            {
                throw new InvalidDataException($"chunk {chunk} of the {chunkCount} that head row '{head.RowKey}' records is missing");
            }

            if (row.GetGuid(WriteId) != writeId)
            {
                throw new InvalidDataException($"chunk row '{row.RowKey}' belongs to a different write than head row '{head.RowKey}'");
            }

            filled = PayloadProperties.CopyTo(row, payload, filled);
        }

        if (filled != payloadLength)
        {
            throw new InvalidDataException($"the chunk rows hold {filled} payload bytes, head row '{head.RowKey}' records {payloadLength}");
        }

        var serialized = StateCompression.Decompress(payload, changesLength);
        try
        {
            return JsonSerializer.Deserialize<ImmutableArray<RecordChange>>(serialized, StoredJson.HistoryRows);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"the changes of head row '{head.RowKey}' are not readable JSON: {exception.Message}", exception);
        }
    }

    /// <summary>The chunk index of a chunk row key <c>c-{version:D12}-{chunk:D3}</c>.</summary>
    public static (long Version, int Chunk) ParseChunkRowKey(string rowKey) =>
        rowKey.Length == HistoryKeys.FirstChunkRowKey(0).Length
        && long.TryParse(rowKey.AsSpan(2, 12), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
        && int.TryParse(rowKey.AsSpan(15, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var chunk)
            ? (version, chunk)
            : throw new InvalidDataException($"'{rowKey}' is not a chunk row key");

    private static string Required(TableEntity head, string property) =>
        head.GetString(property) ?? throw Missing(head, property);

    private static InvalidDataException Missing(TableEntity head, string property) =>
        new($"head row '{head.RowKey}' has no {property}");
}
