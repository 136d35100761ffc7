using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable.Tests.Support;

/// <summary>Reads what the provider actually put in the table, to assert on the layout.</summary>
internal static class RawRows
{
    public static async Task<List<TableEntity>> InPartitionAsync(AzuriteFixture azurite, string tableName, string partitionKey)
    {
        var table = azurite.CreateTableServiceClient().GetTableClient(tableName);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(row => row.PartitionKey == partitionKey))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static async Task<List<TableEntity>> AllAsync(AzuriteFixture azurite, string tableName)
    {
        var table = azurite.CreateTableServiceClient().GetTableClient(tableName);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    public static int DataPropertyCount(TableEntity row) => row.Keys.Count(key => key.Length == 3 && key[0] == 'D');
}
