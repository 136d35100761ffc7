using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>Which rows of a state exist right now: needed to check the ETag early and to delete leftovers.</summary>
/// <param name="HeadETag">The head row's ETag, or <c>null</c> when the state has no head row.</param>
/// <param name="ChunkRowKeys">Row keys of the chunks after the head.</param>
internal sealed record StoredRows(string? HeadETag, IReadOnlyList<string> ChunkRowKeys)
{
    public static async Task<StoredRows> ReadAsync(TableClient table, StateKeys keys)
    {
        string? headETag = null;
        var chunkRowKeys = new List<string>();
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {keys.PartitionKey} and RowKey ge {keys.HeadRowKey} and RowKey le {keys.LastPossibleRowKey}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: [nameof(TableEntity.RowKey)]))
        {
            if (row.RowKey == keys.HeadRowKey)
            {
                headETag = row.ETag.ToString();
            }
            else
            {
                chunkRowKeys.Add(row.RowKey);
            }
        }

        return new StoredRows(headETag, chunkRowKeys);
    }
}
