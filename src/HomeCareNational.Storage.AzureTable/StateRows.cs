using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>Cuts a compressed payload into the rows of one state, and puts it back together.</summary>
internal static class StateRows
{
    /// <summary>The head row first, then chunks 001, 002, … each holding up to <see cref="PayloadProperties.MaxBytesPerRow"/> bytes.</summary>
    public static List<TableEntity> Split(StateKeys keys, byte[] payload, int stateLength, Guid writeId)
    {
        var chunkCount = PayloadProperties.RowsFor(payload.Length);
        var rows = new List<TableEntity>(chunkCount);
        for (var chunk = 0; chunk < chunkCount; chunk++)
        {
            var row = new TableEntity(keys.PartitionKey, keys.RowKey(chunk))
            {
                [StateRowProperties.WriteId] = writeId,
            };
            PayloadProperties.Write(row, payload, chunk);
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
        var filled = PayloadProperties.CopyTo(headRow, payload, 0);
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

            filled = PayloadProperties.CopyTo(row, payload, filled);
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
}
