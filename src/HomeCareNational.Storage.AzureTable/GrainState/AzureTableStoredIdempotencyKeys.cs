using Azure.Data.Tables;
using HomeCareNational.Abstractions;
using HomeCareNational.Abstractions.Idempotency;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace HomeCareNational.Storage.AzureTable.GrainState;

/// <summary>
/// The idempotency keys with a stored result, read from the grain-state table (layout in TABLE-LAYOUT.md): the rows of
/// state <see cref="StorageNames.IdempotencyState"/> whose partition key is <c>{ServiceId}_{GrainType}_{prefecture}_{key}</c>,
/// filtered by the table's own last-write <c>Timestamp</c> so that only rows old enough to be expired are listed.
/// </summary>
public sealed class AzureTableStoredIdempotencyKeys(
    IOptions<GrainStateStorageOptions> storage,
    IOptions<ClusterOptions> cluster,
    HomeCareTableServiceClientFactory clients) : IStoredIdempotencyKeys
{
    /// <summary>Prefecture codes are two digits: the character after them is the grain key's '/', which the provider wrote as '_'.</summary>
    private const int PrefectureCodeLength = 2;

    public async IAsyncEnumerable<string> WrittenByAsync(DateTimeOffset writtenBy, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var prefix = $"{cluster.Value.ServiceId}_{IdempotencyKeys.GrainType}_";

        // '`' follows '_': every partition key that starts with the prefix sorts between the two bounds.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey gt {prefix} and PartitionKey lt {prefix[..^1] + '`'} and RowKey eq {StorageNames.IdempotencyState} and Timestamp le {writtenBy}");
        var table = clients.Create(storage.Value).GetTableClient(storage.Value.TableName);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            var rest = row.PartitionKey[prefix.Length..];
            if (rest.Length > PrefectureCodeLength + 1)
            {
                yield return IdempotencyKeys.GrainKey(rest[..PrefectureCodeLength], rest[(PrefectureCodeLength + 1)..]);
            }
        }
    }
}
