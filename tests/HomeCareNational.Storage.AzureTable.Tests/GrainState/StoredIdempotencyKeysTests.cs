using Azure.Data.Tables;
using HomeCareNational.Abstractions;
using HomeCareNational.Abstractions.Idempotency;
using HomeCareNational.Storage.AzureTable.GrainState;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace HomeCareNational.Storage.AzureTable.Tests.GrainState;

/// <summary>
/// What the retention sweep is given to look at, from rows written into a real Azurite table in the provider's layout
/// (TABLE-LAYOUT.md): the key rows of this service only, written by the instant asked for.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class StoredIdempotencyKeysTests(AzuriteFixture azurite)
{
    private const string ServiceId = "HomeCareNational";

    private readonly string tableName = AzuriteFixture.UniqueTableName("keys");

    [Fact]
    public async Task Only_this_services_key_rows_written_by_the_instant_are_listed_as_grain_keys()
    {
        var table = azurite.CreateTableServiceClient().GetTableClient(tableName);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity($"{ServiceId}_{IdempotencyKeys.GrainType}_33_key_with.dots-1", StorageNames.IdempotencyState));
        await table.AddEntityAsync(new TableEntity($"{ServiceId}_{IdempotencyKeys.GrainType}_13_other-key-2", StorageNames.IdempotencyState));
        await table.AddEntityAsync(new TableEntity($"{ServiceId}_prefecture_33", StorageNames.PrefectureState));
        await table.AddEntityAsync(new TableEntity($"{ServiceId}Staging_{IdempotencyKeys.GrainType}_33_staging-key", StorageNames.IdempotencyState));
        var keys = new AzureTableStoredIdempotencyKeys(
            Options.Create(new GrainStateStorageOptions { ConnectionString = azurite.ConnectionString, TableName = tableName }),
            Options.Create(new ClusterOptions { ServiceId = ServiceId }),
            new HomeCareTableServiceClientFactory());

        var writtenByNow = await keys.WrittenByAsync(DateTimeOffset.UtcNow.AddMinutes(1)).ToListAsync();
        var writtenAnHourAgo = await keys.WrittenByAsync(DateTimeOffset.UtcNow.AddHours(-1)).ToListAsync();

        Assert.Equal([IdempotencyKeys.GrainKey("13", "other-key-2"), IdempotencyKeys.GrainKey("33", "key_with.dots-1")], writtenByNow.Order());
        Assert.Empty(writtenAnHourAgo);
    }
}
