using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>Cuts a compressed payload into the rows of one state, and puts it back together.</summary>
internal static class StateRows
{
    /// <summary>
    /// Below Azure's 64 KiB cap on a binary property. The margin matters because Azurite measures its 1 MiB entity
    /// limit on the JSON request body, where binary travels as base64: 12 properties of 64 KiB came to 1,049,114
    /// bytes and were refused, 12 of 60 KiB came to 983,546 and leave room for long keys and the metadata.
    /// </summary>
    public const int MaxBytesPerProperty = 60 * 1024;

    public const int MaxDataPropertiesPerRow = 12;

    public const int MaxBytesPerRow = MaxBytesPerProperty * MaxDataPropertiesPerRow;

    /// <summary>The head row first, then chunks 001, 002, … each holding up to <see cref="MaxBytesPerRow"/> bytes.</summary>
    public static List<TableEntity> Split(StateKeys keys, byte[] payload, int stateLength, Guid writeId)
    {
        var chunkCount = Math.Max(1, (payload.Length + MaxBytesPerRow - 1) / MaxBytesPerRow);
        var rows = new List<TableEntity>(chunkCount);
        for (var chunk = 0; chunk < chunkCount; chunk++)
        {
            var row = new TableEntity(keys.PartitionKey, keys.RowKey(chunk))
            {
                [StateRowProperties.WriteId] = writeId,
            };
            var rowStart = chunk * MaxBytesPerRow;
            var rowBytes = Math.Min(MaxBytesPerRow, payload.Length - rowStart);
            for (var property = 0; property * MaxBytesPerProperty < rowBytes; property++)
            {
                var start = rowStart + property * MaxBytesPerProperty;
                var length = Math.Min(MaxBytesPerProperty, rowStart + rowBytes - start);
                row[StateRowProperties.Data(property)] = new BinaryData(payload.AsMemory(start, length));
            }

            rows.Add(row);
        }

        new StateHead(chunkCount, payload.Length, stateLength, writeId).WriteTo(rows[0]);
        return rows;
    }

    public static TableEntity ClearedHead(StateKeys keys, Guid writeId)
    {
        var head = new TableEntity(keys.PartitionKey, keys.HeadRowKey);
        new StateHead(ChunkCount: 1, PayloadLength: 0, StateLength: 0, writeId).WriteTo(head);
        return head;
    }

    /// <summary>
    /// Reassembles the payload from the head row and <paramref name="chunkRows"/> (the rows after the head),
    /// or refuses: a state is returned whole or not at all.
    /// </summary>
    /// <exception cref="InvalidDataException">Rows are missing, extra, from another write, or the wrong size.</exception>
    public static byte[] Join(StateKeys keys, StateHead head, TableEntity headRow, IReadOnlyList<TableEntity> chunkRows)
    {
        var payload = new byte[head.PayloadLength];
        var filled = CopyData(headRow, payload, 0);
        var rowsByKey = chunkRows.ToDictionary(row => row.RowKey, StringComparer.Ordinal);
        for (var chunk = 1; chunk < head.ChunkCount; chunk++)
        {
            if (!rowsByKey.TryGetValue(keys.RowKey(chunk), out var row))
            {
                throw new InvalidDataException($"row '{keys.RowKey(chunk)}' of {head.ChunkCount} is missing");
            }

            if (row.GetGuid(StateRowProperties.WriteId) != head.WriteId)
            {
                throw new InvalidDataException($"row '{row.RowKey}' belongs to a different write than the head row");
            }

            filled = CopyData(row, payload, filled);
        }

        if (chunkRows.Count != head.ChunkCount - 1)
        {
            throw new InvalidDataException(
                $"the head row records {head.ChunkCount} rows but {chunkRows.Count + 1} were found");
        }

        if (filled != payload.Length)
        {
            throw new InvalidDataException($"the rows hold {filled} payload bytes, the head row records {payload.Length}");
        }

        return payload;
    }

    private static int CopyData(TableEntity row, byte[] payload, int offset)
    {
        for (var property = 0; row.ContainsKey(StateRowProperties.Data(property)); property++)
        {
            var data = row.GetBinaryData(StateRowProperties.Data(property)).ToMemory();
            if (offset + data.Length > payload.Length)
            {
                throw new InvalidDataException(
                    $"the rows hold more payload bytes than the {payload.Length} the head row records");
            }

            data.CopyTo(payload.AsMemory(offset));
            offset += data.Length;
        }

        return offset;
    }
}
